package cli

import (
	"fmt"
	"os"
	"os/signal"

	"github.com/spf13/cobra"

	"beishen/storage/etcdserve"
	"beishen/ui/jobs"
)

// TeamDemo starts a one-member etcd in a temporary folder, seeds the demo
// documents into it and opens the queue on it, so that a second terminal
// can join with --store. With noUI it serves until interrupted.
func (e *Env) TeamDemo(listen string, noUI bool) error {
	dir, err := os.MkdirTemp("", "beishen-team-")
	if err != nil {
		return e.Fail(err)
	}
	defer os.RemoveAll(dir)
	c, err := etcdserve.Start(dir, 1, etcdserve.Options{Listen: listen})
	if err != nil {
		return e.Fail(fmt.Errorf("%s%w", e.T("无法启动内置 etcd：", "cannot start the embedded etcd: "), err))
	}
	defer c.Close()
	e.Store = c.URL()
	st, err := e.Open()
	if err != nil {
		return e.Fail(err)
	}
	err = jobs.SeedDemo(st)
	st.Close()
	if err != nil {
		return e.Fail(err)
	}
	fmt.Fprintf(e.Stderr, e.T("科室共享库已启动：%s（数据在 %s，退出即删除）\n另一个终端加入：beishen --store %s\n",
		"the office's shared store is up: %s (data in %s, removed on exit)\njoin from another terminal: beishen --store %s\n"),
		e.Store, dir, e.Store)
	if noUI {
		stop := make(chan os.Signal, 1)
		signal.Notify(stop, os.Interrupt)
		<-stop
		return nil
	}
	return e.Queue()
}

// TeamDemoCmd is `team-demo [--listen HOST:PORT] [--no-ui]`.
func TeamDemoCmd(env *Env) *cobra.Command {
	var listen string
	var noUI bool
	c := &cobra.Command{
		Use: "team-demo",
		Short: env.T("启动内置的单节点 etcd 作为科室共享库，载入示例文件并打开队列（另一终端用 --store 加入）",
			"Start an embedded one-member etcd as the office's shared store, load the samples and open the queue (join from another terminal with --store)"),
		Args: env.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return env.TeamDemo(listen, noUI) },
	}
	c.Flags().StringVar(&listen, "listen", "127.0.0.1:2379", env.T("etcd 客户端监听地址", "etcd client address to listen on"))
	c.Flags().BoolVar(&noUI, "no-ui", false, env.T("只启动共享库并载入示例，不打开界面（Ctrl-C 结束）",
		"only start the store and load the samples, without the interface (Ctrl-C ends it)"))
	return c
}
