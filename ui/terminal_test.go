package ui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// binary builds beishen into a temp dir; tests that need a real terminal
// skip without tmux.
func binary(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed; .ci/run installs it")
	}
	bin := filepath.Join(t.TempDir(), "beishen")
	cmd := exec.Command("go", "build", "-o", bin, "beishen")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

type tmux struct {
	t      *testing.T
	socket string
}

// startTmux runs command in a tmux server of its own (-L socket), so that
// parallel test runs and the user's own sessions never collide.
func startTmux(t *testing.T, w, h string, command string) *tmux {
	t.Helper()
	socket := fmt.Sprintf("beishen-test-%d-%s", os.Getpid(), filepath.Base(t.TempDir()))
	x := &tmux{t, socket}
	cmd := exec.Command("tmux", "-L", socket, "new-session", "-d", "-s", "main", "-x", w, "-y", h, command)
	cmd.Env = append(os.Environ(), "LANG=C.UTF-8")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tmux: %v %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", socket, "kill-server").Run() })
	return x
}

func (x *tmux) send(keys ...string) {
	args := append([]string{"-L", x.socket, "send-keys", "-t", "main"}, keys...)
	if out, err := exec.Command("tmux", args...).CombinedOutput(); err != nil {
		x.t.Fatalf("send-keys: %v %s", err, out)
	}
}

func (x *tmux) capture() string {
	out, _ := exec.Command("tmux", "-L", x.socket, "capture-pane", "-p", "-t", "main").Output()
	return string(out)
}

// waitFor polls the pane until it shows s.
func (x *tmux) waitFor(s string) string {
	x.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if p := x.capture(); strings.Contains(p, s) {
			return p
		}
		time.Sleep(100 * time.Millisecond)
	}
	x.t.Fatalf("pane never showed %q:\n%s", s, x.capture())
	return ""
}

func TestRealTerminal(t *testing.T) {
	bin := binary(t)
	dir := t.TempDir()
	db, exit := filepath.Join(dir, "demo.db"), filepath.Join(dir, "exit")
	x := startTmux(t, "100", "30", bin+" demo --db "+db+"; echo EXIT=$? > "+exit+"; echo EXIT-SHOWN; sleep 30")
	x.waitFor("全部 11")
	x.send("/", "养老")
	x.waitFor("标题 1，正文 1") // the title hit, then one found in its text
	x.send("Enter")
	x.waitFor("材料") // 已生效: no checklist, the materials instead
	x.send("Escape")
	x.waitFor("全部 11")
	x.send("/")
	x.send("BSpace", "BSpace", "先进", "Enter")
	x.waitFor("合法性审查清单")
	x.send("n")
	pane := x.waitFor("  1/")
	for _, s := range []string{"临江区关于促进先进制造业高质量发展的若干政策", "《公平竞争审查条例》"} {
		if !strings.Contains(pane, s) {
			t.Errorf("document screen lacks %q:\n%s", s, pane)
		}
	}
	for i, l := range strings.Split(strings.TrimRight(pane, "\n"), "\n") {
		if w := len([]rune(l)); w > 100 {
			t.Errorf("line %d has %d runes (> 100 cells): %q", i, w, l)
		}
	}
	x.send("y")
	x.waitFor("已记录：确认问题")
	x.send("q")
	after := x.waitFor("EXIT-SHOWN")
	if strings.Contains(after, "合法性审查清单") {
		t.Errorf("the alt screen was not left:\n%s", after)
	}
	b, err := os.ReadFile(exit)
	if err != nil || strings.TrimSpace(string(b)) != "EXIT=0" {
		t.Errorf("exit status file %q (%v), want EXIT=0", b, err)
	}
}

func TestSecondWindowIsToldTheDatabaseIsOpen(t *testing.T) {
	bin := binary(t)
	db := filepath.Join(t.TempDir(), "demo.db")
	x := startTmux(t, "100", "30", bin+" demo --db "+db)
	x.waitFor("全部 11")
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "list", "--db", db)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start)
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() == 0 {
		t.Fatalf("second beishen: err %v, want a non-zero exit", err)
	}
	if !strings.Contains(stderr.String(), "数据库已被另一个窗口打开") {
		t.Errorf("stderr %q lacks the already-open message", stderr.String())
	}
	// No timed assertion here (a loaded machine is slow): a second window
	// that waited for the lock would be killed by the context after 5 s
	// without the message, and fail above.
	t.Logf("gave up after %v", elapsed)
}
