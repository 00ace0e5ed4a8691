#pragma once

// A SQLite VFS that wraps the default one and counts the operations that change files on disk
// (open, write, truncate, sync, delete). At the chosen count it kills its own process with
// SIGKILL: a crash at exactly that step, repeatable.
namespace KillVfs {

// Registers the VFS as the default for every connection opened afterwards (Qt's SQLite driver
// uses the same libsqlite3). KILLAT <= 0: count only.
bool install(long killAt);
// Operations counted so far.
long operations();

} // namespace KillVfs
