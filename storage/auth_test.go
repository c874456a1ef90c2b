package storage

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	clientv3 "go.etcd.io/etcd/client/v3"

	"beishen/review"
)

// With authentication on, the log records the logged-in user, not the name
// in the settings, and the user's etcd role says whether they head the
// section.
func TestAuthenticatedUserIsTheActor(t *testing.T) {
	c := cluster(t, 1)
	admin, err := c.Client()
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	must := func(_ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(admin.UserAdd(ctx, "root", "rootpw"))
	must(admin.UserGrantRole(ctx, "root", "root"))
	for _, r := range []string{"beishen-head", "beishen-reviewer"} {
		must(admin.RoleAdd(ctx, r))
		must(admin.RoleGrantPermission(ctx, r, "/beishen/", clientv3.GetPrefixRangeEnd("/beishen/"), clientv3.PermissionType(clientv3.PermReadWrite)))
	}
	must(admin.UserAdd(ctx, "zhangsan", "pw1"))
	must(admin.UserGrantRole(ctx, "zhangsan", "beishen-head"))
	must(admin.UserAdd(ctx, "lisi", "pw2"))
	must(admin.UserGrantRole(ctx, "lisi", "beishen-reviewer"))
	must(admin.AuthEnable(ctx))

	host := strings.TrimPrefix(c.URL(), "etcd://")
	head, err := OpenShared("etcd://zhangsan:pw1@"+host, Options{Actor: "设置里的名字", Now: clock()}, SharedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer head.Close()
	if id := head.Identity(); id.Actor != "zhangsan" || !id.Authenticated || id.Role != RoleHead {
		t.Fatalf("head identity %+v", id)
	}
	res, err := head.Import(item("办法", "aa"))
	if err != nil {
		t.Fatal(err)
	}
	evs, _ := head.Events(res.Doc.ID)
	if evs[0].Actor != "zhangsan" {
		t.Fatalf("logged actor %q", evs[0].Actor)
	}
	rev, err := OpenShared("etcd://lisi:pw2@"+host, Options{Actor: "张三"}, SharedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer rev.Close()
	if id := rev.Identity(); id.Actor != "lisi" || id.Role != RoleReviewer {
		t.Fatalf("reviewer identity %+v", id)
	}
	rev.Import(item("乙办法", "bb"))
	var re *review.RoleError
	if _, _, err := rev.Do(review.NewEvent(2, review.Assigned{To: "lisi"})); !errors.As(err, &re) {
		t.Fatalf("a reviewer assigns: %v", err)
	}
	if _, _, err := head.Do(review.NewEvent(2, review.Assigned{To: "lisi"})); err != nil {
		t.Fatalf("the head assigns: %v", err)
	}
	if _, err := OpenShared("etcd://lisi:wrong@"+host, Options{}, SharedOptions{}); err == nil || !strings.Contains(err.Error(), "无法连接共享库") {
		t.Fatalf("a wrong password: %v", err)
	}
}
