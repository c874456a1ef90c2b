package storage

import (
	"errors"
	"syscall"
)

// isNoSpace recognises ENOSPC (and EDQUOT) so that a full disk gets its own
// message; bbolt rolls the transaction back, so nothing half-written stays.
func isNoSpace(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT)
}
