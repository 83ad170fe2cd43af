#pragma once

#include "base/result.h"

#include <QString>

// Files that hold the center's data are readable by their owner only, whatever umask the program
// was started with: databases (with their -wal, -shm and -journal files), caches, outboxes, logs,
// exports and key files are 0600, the folders created for them 0700. Both programs restrict the
// process umask at start (restrictNewFiles()); the stores also create and tighten their files
// explicitly, so a library user (a test, a tool) gets the same modes.
namespace hpf::privatefiles {

// umask(077) for the rest of the process: every file created from here on is 0600 at most.
void restrictNewFiles();

// Creates the folder and its missing parents, each 0700; an existing folder is left as it is.
// Error file.permissions with the path in `field`.
Status makePrivateDirectory(const QString &dir);

// Sets an existing file to 0600 (from whatever it was); a missing file is not an error.
Status tightenFile(const QString &path);

// An SQLite database at `path`: its folder exists, the file exists (created empty, 0600, when
// missing: SQLite then creates -wal, -shm and -journal with the same mode) and the file and
// whatever -wal/-shm/-journal exist are tightened to 0600.
Status prepareSqliteFile(const QString &path);

// 0600 / 0700 check for tests and diagnostics: the permission bits (st_mode & 0777), or -1.
int permissionBits(const QString &path);

} // namespace hpf::privatefiles
