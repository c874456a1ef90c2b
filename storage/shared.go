package storage

import (
	"context"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"net/url"
	"os"
	"slices"
	"strings"
	"time"

	"go.etcd.io/etcd/client/pkg/v3/transport"
	clientv3 "go.etcd.io/etcd/client/v3"
	"go.uber.org/zap"

	"beishen/review"
	"beishen/storage/etcdkv"
)

// IsShared says whether a --store value names a shared store rather than a
// file: etcd://h1:2379,h2:2379 (etcds:// with TLS).
func IsShared(store string) bool {
	return strings.HasPrefix(store, "etcd://") || strings.HasPrefix(store, "etcds://")
}

// SharedOptions tune OpenShared beyond Options.
type SharedOptions struct {
	etcdkv.Options
	// Client, when set, is used instead of dialling the URL (tests and
	// team-demo hand in the embedded server's client).
	Client *clientv3.Client
}

// Identity is who acts on a store and with what authority.
type Identity struct {
	Actor string
	// Role is "head" (may decide and assign) or "reviewer"; "" when the
	// store does not say (the local file, a cluster without auth).
	Role string
	// Authenticated: the actor is the cluster's authenticated user, not a
	// name from the settings.
	Authenticated bool
	Shared        bool
}

// UnreachableError means the shared store did not answer.
type UnreachableError struct {
	Store string
	Cause error
	// Open: the store was open and stopped answering; the way out is to
	// wait for it, not another file (--db would be another, empty log).
	Open bool
}

func (e *UnreachableError) Error() string { return e.Message(review.ZH) }
func (e *UnreachableError) Unwrap() error { return e.Cause }
func (e *UnreachableError) Message(lang review.Lang) string {
	if e.Open {
		if lang == review.EN {
			return fmt.Sprintf("cannot reach the shared store %s: %v; check the network and try again once the cluster answers", e.Store, e.Cause)
		}
		return fmt.Sprintf("无法连接共享库 %s：%v；请检查网络，待集群恢复后再试", e.Store, e.Cause)
	}
	if lang == review.EN {
		return fmt.Sprintf("cannot reach the shared store %s: %v; check the network and the addresses, or work on a local file (--db)", e.Store, e.Cause)
	}
	return fmt.Sprintf("无法连接共享库 %s：%v；请检查网络和地址，或改用本地数据库文件（--db）", e.Store, e.Cause)
}

// OpenShared opens the office's shared store at store (etcd://…). The user
// and password in the URL (or $BEISHEN_ETCD_PASSWORD) log in to a cluster
// with authentication on; etcds:// reads the client certificate, key and
// CA from $BEISHEN_ETCD_CERT, $BEISHEN_ETCD_KEY and $BEISHEN_ETCD_CA. With
// either, the log records the authenticated user, not opt.Actor.
func OpenShared(store string, opt Options, so SharedOptions) (*Store, error) {
	if opt.Now == nil {
		opt.Now = time.Now
	}
	id := Identity{Actor: opt.Actor, Shared: true}
	cli := so.Client
	if cli == nil {
		cfg, user, err := clientConfig(store)
		if err != nil {
			return nil, err
		}
		if cli, err = clientv3.New(cfg); err != nil {
			return nil, &UnreachableError{Store: store, Cause: err}
		}
		if user != "" {
			id.Actor, id.Authenticated = user, true
		} else if cfg.TLS != nil {
			if cn := certName(); cn != "" {
				id.Actor, id.Authenticated = cn, true
			}
		}
	}
	if id.Actor == "" {
		id.Actor = OSUser()
	}
	db := etcdkv.New(cli, so.Options)
	if so.Client == nil {
		db.Own()
	}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, &UnreachableError{Store: store, Cause: err}
	}
	if id.Authenticated {
		id.Role = roleOf(cli, id.Actor)
	}
	opt.Actor = id.Actor
	s := newStore(db, store, opt)
	s.id = id
	if err := s.update(s.prepare); err != nil {
		db.Close()
		return nil, &UnreachableError{Store: store, Cause: err}
	}
	if s.schema() == tallyFrom {
		if err := s.buildTallyInBatches(); err != nil {
			db.Close()
			return nil, err
		}
		// On to the current schema, whose records are read beside the
		// older ones (store.go).
		if err := s.update(s.prepare); err != nil {
			db.Close()
			return nil, &UnreachableError{Store: store, Cause: err}
		}
	}
	return s, nil
}

// clientConfig reads endpoints and credentials from a store URL.
func clientConfig(store string) (clientv3.Config, string, error) {
	u, err := url.Parse(store)
	if err != nil || u.Host == "" {
		return clientv3.Config{}, "", fmt.Errorf("共享库地址应形如 etcd://主机:2379,主机:2379：%s", store)
	}
	// The client logs to stderr, which is the screen: keep it quiet and
	// say what went wrong in the error instead.
	cfg := clientv3.Config{DialTimeout: 5 * time.Second, Logger: zap.NewNop()}
	scheme := "http://"
	if u.Scheme == "etcds" {
		scheme = "https://"
		info := transport.TLSInfo{CertFile: os.Getenv("BEISHEN_ETCD_CERT"), KeyFile: os.Getenv("BEISHEN_ETCD_KEY"), TrustedCAFile: os.Getenv("BEISHEN_ETCD_CA")}
		if cfg.TLS, err = info.ClientConfig(); err != nil {
			return cfg, "", fmt.Errorf("共享库 TLS 证书无法读取：%w", err)
		}
	}
	for _, h := range strings.Split(u.Host, ",") {
		cfg.Endpoints = append(cfg.Endpoints, scheme+h)
	}
	user := ""
	if u.User != nil {
		user = u.User.Username()
		cfg.Username = user
		cfg.Password, _ = u.User.Password()
		if cfg.Password == "" {
			cfg.Password = os.Getenv("BEISHEN_ETCD_PASSWORD")
		}
	}
	return cfg, user, nil
}

// certName is the common name of the client certificate, the user etcd
// authenticates by it.
func certName() string {
	raw, err := os.ReadFile(os.Getenv("BEISHEN_ETCD_CERT"))
	if err != nil {
		return ""
	}
	b, _ := pem.Decode(raw)
	if b == nil {
		return ""
	}
	c, err := x509.ParseCertificate(b.Bytes)
	if err != nil {
		return ""
	}
	return c.Subject.CommonName
}

// roleOf reads the user's etcd roles: "beishen-head" (or root) makes a
// head of section, anything else a reviewer. A cluster that does not know
// the user (a client certificate without etcd's authentication turned on)
// says nothing, and the settings decide.
func roleOf(cli *clientv3.Client, user string) string {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	r, err := cli.UserGet(ctx, user)
	if err != nil {
		return ""
	}
	if slices.Contains(r.Roles, "beishen-head") || slices.Contains(r.Roles, "root") {
		return RoleHead
	}
	return RoleReviewer
}

// The roles of a shared store.
const (
	RoleHead     = "head"
	RoleReviewer = "reviewer"
)

// Identity says who acts on this store and whether the store vouches for it.
func (s *Store) Identity() Identity {
	if s.id.Actor == "" {
		return Identity{Actor: s.actor}
	}
	return s.id
}

// Shared says the store is the office's shared store, not a local file.
func (s *Store) Shared() bool { return s.file == nil }

// FileOnlyError refuses a file operation (backup, restore, rotation) on a
// shared store.
type FileOnlyError struct{ Op string }

func (e *FileOnlyError) Error() string { return e.Message(review.ZH) }
func (e *FileOnlyError) Message(lang review.Lang) string {
	if lang == review.EN {
		return e.Op + " works on a local database file; a shared store is backed up by its cluster (etcdctl snapshot save)"
	}
	return e.Op + " 只用于本地数据库文件；共享库由集群自己备份（etcdctl snapshot save）"
}

// RequestStats counts a shared store's requests so far (false on the
// local file), for the benchmarks' round trips a document.
func (s *Store) RequestStats() (etcdkv.Stats, bool) {
	if db, ok := s.db.(*etcdkv.DB); ok {
		return db.Stats(), true
	}
	return etcdkv.Stats{}, false
}

// Ping asks the shared store whether it answers, for the screen to say
// when it does not; the local file always does.
func (s *Store) Ping() error {
	p, ok := s.db.(interface{ Ping() error })
	if !ok {
		return nil
	}
	return s.unreachable(p.Ping())
}
