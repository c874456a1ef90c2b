package storage

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"go.etcd.io/etcd/client/pkg/v3/transport"

	"beishen/storage/etcdserve"
)

// certs writes a CA, a server certificate for 127.0.0.1 and a client
// certificate for cn into dir, and returns their paths.
func certs(t *testing.T, dir, cn string) (ca, srvCert, srvKey, cliCert, cliKey string) {
	t.Helper()
	write := func(name, typ string, der []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	key := func() *ecdsa.PrivateKey {
		k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	caKey := key()
	caTmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "beishen test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), IsCA: true,
		KeyUsage: x509.KeyUsageCertSign, BasicConstraintsValid: true}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	caCert, _ := x509.ParseCertificate(caDER)
	leaf := func(name string, serial int64, usage x509.ExtKeyUsage, ips []net.IP) (string, string) {
		k := key()
		tmpl := &x509.Certificate{SerialNumber: big.NewInt(serial), Subject: pkix.Name{CommonName: name},
			NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
			KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{usage}, IPAddresses: ips}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, caCert, &k.PublicKey, caKey)
		if err != nil {
			t.Fatal(err)
		}
		kd, _ := x509.MarshalECPrivateKey(k)
		return write(name+".crt", "CERTIFICATE", der), write(name+".key", "EC PRIVATE KEY", kd)
	}
	ca = write("ca.crt", "CERTIFICATE", caDER)
	srvCert, srvKey = leaf("server", 2, x509.ExtKeyUsageServerAuth, []net.IP{net.ParseIP("127.0.0.1")})
	cliCert, cliKey = leaf(cn, 3, x509.ExtKeyUsageClientAuth, nil)
	return
}

// Over TLS with client certificates the actor is the certificate's common
// name, not the settings' name; a client without a certificate is turned
// away with the shared store's message.
func TestClientCertificateNamesTheActor(t *testing.T) {
	dir := t.TempDir()
	ca, sc, sk, cc, ck := certs(t, dir, "wangwu")
	c, err := etcdserve.Start(t.TempDir(), 1, etcdserve.Options{NoFsync: true,
		TLS: transport.TLSInfo{CertFile: sc, KeyFile: sk, TrustedCAFile: ca, ClientCertAuth: true}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	t.Setenv("BEISHEN_ETCD_CA", ca)
	t.Setenv("BEISHEN_ETCD_CERT", cc)
	t.Setenv("BEISHEN_ETCD_KEY", ck)
	s, err := OpenShared(c.URL(), Options{Actor: "设置里的名字", Now: clock()}, SharedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if id := s.Identity(); id.Actor != "wangwu" || !id.Authenticated {
		t.Fatalf("identity %+v", id)
	}
	res, err := s.Import(item("办法", "aa"))
	if err != nil {
		t.Fatal(err)
	}
	if evs, _ := s.Events(res.Doc.ID); evs[0].Actor != "wangwu" {
		t.Fatalf("logged actor %q", evs[0].Actor)
	}
	t.Setenv("BEISHEN_ETCD_CERT", "")
	t.Setenv("BEISHEN_ETCD_KEY", "")
	if _, err := OpenShared(c.URL(), Options{}, SharedOptions{}); err == nil {
		t.Fatal("a client without a certificate was let in")
	}
}
