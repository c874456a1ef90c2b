package storage

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"beishen/review"
)

// The crash test runs a mixed workload (imports, materials, checklist
// marks, stage moves, decisions) in a child process, kills it with SIGKILL
// at a random moment, and checks that the database opens, verifies, and
// holds every action the child had acknowledged on stdout. The child is
// this test binary re-executed, so no extra program is needed.

const workloadEnv = "BEISHEN_CRASH_WORKLOAD"

func TestMain(m *testing.M) {
	if path := os.Getenv(workloadEnv); path != "" {
		runWorkload(path)
		os.Exit(0)
	}
	if path := os.Getenv(bulkWorkloadEnv); path != "" {
		runBulkWorkload(path)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// runWorkload takes review actions forever, printing "ack SEQ TYPE DOC"
// after each one is committed.
func runWorkload(path string) {
	s, err := Open(path, Options{Actor: "压力测试", Timeout: 5 * time.Second})
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(2)
	}
	ack := func(ev review.Event) { fmt.Printf("ack %d %s %d\n", ev.Seq, ev.Type, ev.Doc) }
	do := func(p review.Payload, doc uint64) {
		ev, _, err := s.Do(review.NewEvent(doc, p))
		if err != nil {
			fmt.Println("error:", err)
			os.Exit(3)
		}
		ack(ev)
	}
	for i := 0; ; i++ {
		n := fmt.Sprintf("%d-%d", os.Getpid(), i)
		res, err := s.Import(ImportItem{Kind: review.Draft,
			Meta:    review.Meta{Title: "压力测试文件" + n},
			Version: NewVersion{FileName: n + ".txt", SHA256: "sha-" + n, Text: strings.Repeat("第一条 本办法适用于本区。", 50)}})
		if err != nil {
			fmt.Println("import:", err)
			os.Exit(4)
		}
		evs, _ := s.Events(res.Doc.ID)
		ack(evs[0])
		id := res.Doc.ID
		for _, m := range review.RequiredMaterials(review.Draft, false) {
			do(review.MaterialsMarked{Material: m, Present: true}, id)
		}
		do(review.StageChanged{From: review.StageIntake, To: review.StageLegality}, id)
		for _, it := range review.LegalityItems {
			do(review.ChecklistMarked{Item: it.ID, Mark: review.Conforms}, id)
		}
		do(review.StageChanged{From: review.StageLegality, To: review.StageDecision, Reason: "不涉及经营者"}, id)
		do(review.Decided{Outcome: review.Pass}, id)
	}
}

// killAfter runs the workload named by env on path in a child process,
// hands each "ack …" line it prints to ack, and SIGKILLs it pause after the
// target-th. Lines printed between that read and the kill were acknowledged
// too, so they are handed over as well; before the kill, a line ack cannot
// read fails the test.
func killAfter(t *testing.T, env, path string, target int, pause time.Duration, ack func(line string) error) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), env+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	for got := 0; sc.Scan(); {
		line, ok := strings.CutPrefix(sc.Text(), "ack ")
		if !ok || ack(line) != nil {
			t.Fatalf("workload said %q", sc.Text())
		}
		if got++; got == target {
			time.Sleep(pause)
			cmd.Process.Signal(syscall.SIGKILL)
			break
		}
	}
	for sc.Scan() {
		if line, ok := strings.CutPrefix(sc.Text(), "ack "); ok {
			ack(line)
		}
	}
	cmd.Wait()
}

func TestSIGKILLLosesNoAcknowledgedAction(t *testing.T) {
	kills := 50
	if n, err := strconv.Atoi(os.Getenv("BEISHEN_KILLS")); err == nil {
		kills = n
	}
	if testing.Short() {
		kills = 5
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	rng := rand.New(rand.NewSource(1))
	acked := map[uint64]string{}
	for k := 0; k < kills; k++ {
		// Let it commit a random number of actions, then kill it.
		killAfter(t, workloadEnv, path, 5+rng.Intn(60), time.Duration(rng.Intn(3000))*time.Microsecond, func(line string) error {
			var seq, doc uint64
			var typ string
			if _, err := fmt.Sscanf(line, "%d %s %d", &seq, &typ, &doc); err != nil {
				return err
			}
			acked[seq] = fmt.Sprintf("%s %d", typ, doc)
			return nil
		})

		s, err := Open(path, Options{Timeout: 5 * time.Second})
		if err != nil {
			t.Fatalf("kill %d: reopen: %v", k, err)
		}
		r, err := s.Verify()
		if err != nil || !r.OK() {
			t.Fatalf("kill %d: verify: %v %v", k, err, r.Problems)
		}
		found := map[uint64]string{}
		s.EachEvent(1, func(e review.Event) error {
			found[e.Seq] = fmt.Sprintf("%s %d", e.Type, e.Doc)
			return nil
		})
		s.Close()
		for seq, want := range acked {
			if found[seq] != want {
				t.Fatalf("kill %d: acknowledged event #%d (%s) is %q after the crash", k, seq, want, found[seq])
			}
		}
	}
	t.Logf("%d kills survived, %d acknowledged actions, 0 lost", kills, len(acked))
}
