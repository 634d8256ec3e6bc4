#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock on a file beside a ledger (`<ledger>-open.lock`), held while the ledger is
/// opened and brought up to date, so that processes opening a new ledger at the same moment
/// create and migrate it one at a time.
///
/// Where the lock file cannot be created (a read-only folder) the ledger is opened without it.
struct OpeningLock {
    /// The lock file's descriptor, or -1 when there is no lock.
    private let descriptor: Int32

    /// Takes the lock for the ledger at `path`, waiting while another process holds it.
    init(path: String) {
        let descriptor = open(path + "-open.lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        if descriptor >= 0, flock(descriptor, LOCK_EX) != 0 {
            close(descriptor)
            self.descriptor = -1
        } else {
            self.descriptor = descriptor
        }
    }

    /// Lets the next process in.
    func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
