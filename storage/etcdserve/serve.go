// Package etcdserve runs etcd inside this process: one node for
// `beishen team-demo`, one or three for the tests of the shared store. An
// office runs a real cluster instead (README); nothing here is needed then.
package etcdserve

import (
	"fmt"
	"net"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"go.etcd.io/etcd/client/pkg/v3/transport"
	clientv3 "go.etcd.io/etcd/client/v3"
	"go.etcd.io/etcd/server/v3/embed"
	"go.uber.org/zap"
)

// Node is one running member.
type Node struct {
	Name    string
	Client  string // its client URL, http://host:port
	peer    string
	dir     string
	e       *embed.Etcd
	stopped bool
	tls     transport.TLSInfo
}

// Cluster is n members in this process.
type Cluster struct {
	Nodes []*Node
	token string
	all   string // the initial-cluster string
}

// Options tune Start.
type Options struct {
	// Listen is the client address of the first node ("" picks a free
	// port on 127.0.0.1).
	Listen string
	// NoFsync trades durability for speed: tests only.
	NoFsync bool
	// TLS, when its files are set, serves clients over TLS and asks for
	// their certificates (ClientCertAuth): the first member only.
	TLS transport.TLSInfo
}

// Start starts n members (1 or 3) with their data under dir and waits until
// they serve.
func Start(dir string, n int, opt Options) (*Cluster, error) {
	c := &Cluster{token: fmt.Sprintf("beishen-%d", time.Now().UnixNano())}
	var parts []string
	for i := 0; i < n; i++ {
		client := ""
		if i == 0 && opt.Listen != "" {
			client = "http://" + opt.Listen
		} else {
			p, err := freePort()
			if err != nil {
				return nil, err
			}
			client = fmt.Sprintf("http://127.0.0.1:%d", p)
		}
		pp, err := freePort()
		if err != nil {
			return nil, err
		}
		nd := &Node{Name: fmt.Sprintf("n%d", i+1), Client: client, peer: fmt.Sprintf("http://127.0.0.1:%d", pp), dir: filepath.Join(dir, fmt.Sprintf("n%d", i+1))}
		c.Nodes = append(c.Nodes, nd)
		parts = append(parts, nd.Name+"="+nd.peer)
	}
	c.all = strings.Join(parts, ",")
	if opt.TLS.CertFile != "" {
		c.Nodes[0].Client = "https://" + strings.TrimPrefix(c.Nodes[0].Client, "http://")
		c.Nodes[0].tls = opt.TLS
	}
	errs := make(chan error, n)
	for _, nd := range c.Nodes {
		go func() { errs <- c.run(nd, "new", opt.NoFsync) }()
	}
	for range c.Nodes {
		if err := <-errs; err != nil {
			c.Close()
			return nil, err
		}
	}
	return c, nil
}

func (c *Cluster) run(nd *Node, state string, noFsync bool) error {
	cfg := embed.NewConfig()
	cfg.Name = nd.Name
	cfg.Dir = nd.dir
	cu, _ := url.Parse(nd.Client)
	pu, _ := url.Parse(nd.peer)
	cfg.ListenClientUrls, cfg.AdvertiseClientUrls = []url.URL{*cu}, []url.URL{*cu}
	cfg.ListenPeerUrls, cfg.AdvertisePeerUrls = []url.URL{*pu}, []url.URL{*pu}
	cfg.InitialCluster = c.all
	cfg.InitialClusterToken = c.token
	cfg.ClusterState = state
	cfg.LogLevel = "error"
	cfg.LogOutputs = []string{filepath.Join(nd.dir + ".log")}
	cfg.UnsafeNoFsync = noFsync
	cfg.ClientTLSInfo = nd.tls
	// etcd's default quota (2 GiB) is for a cluster someone compacts; a
	// demo or a benchmark of 100,000 documents keeps every revision.
	cfg.QuotaBackendBytes = 8 << 30
	e, err := embed.StartEtcd(cfg)
	if err != nil {
		return fmt.Errorf("etcd %s: %w", nd.Name, err)
	}
	select {
	case <-e.Server.ReadyNotify():
	case err := <-e.Err():
		e.Close()
		return fmt.Errorf("etcd %s: %w", nd.Name, err)
	case <-time.After(60 * time.Second):
		e.Close()
		return fmt.Errorf("etcd %s did not start within a minute", nd.Name)
	}
	nd.e, nd.stopped = e, false
	return nil
}

// Endpoints are the client URLs of every member.
func (c *Cluster) Endpoints() []string {
	var out []string
	for _, nd := range c.Nodes {
		out = append(out, nd.Client)
	}
	return out
}

// URL is the --store value that reaches the cluster.
func (c *Cluster) URL() string {
	var hosts []string
	scheme := "etcd://"
	for _, nd := range c.Nodes {
		h, tls := strings.CutPrefix(nd.Client, "https://")
		if tls {
			scheme = "etcds://"
		}
		hosts = append(hosts, strings.TrimPrefix(h, "http://"))
	}
	return scheme + strings.Join(hosts, ",")
}

// Client is a new client of the whole cluster.
func (c *Cluster) Client() (*clientv3.Client, error) {
	return clientv3.New(clientv3.Config{Endpoints: c.Endpoints(), DialTimeout: 5 * time.Second, Logger: zap.NewNop()})
}

// Leader is the index of the member that leads now, -1 when none does.
func (c *Cluster) Leader() int {
	for i, nd := range c.Nodes {
		if !nd.stopped && nd.e != nil && nd.e.Server.Leader() == nd.e.Server.MemberID() {
			return i
		}
	}
	return -1
}

// Stop kills member i (its data stays); Restart brings it back.
func (c *Cluster) Stop(i int) {
	nd := c.Nodes[i]
	if nd.e != nil && !nd.stopped {
		nd.e.Close()
		nd.stopped = true
	}
}

func (c *Cluster) Restart(i int, noFsync bool) error {
	return c.run(c.Nodes[i], "existing", noFsync)
}

// Close stops every member.
func (c *Cluster) Close() {
	for i := range c.Nodes {
		c.Stop(i)
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
