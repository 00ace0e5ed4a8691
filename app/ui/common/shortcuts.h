#pragma once

#include <QKeySequence>
#include <QList>

// Shortcuts that every platform gets. A standard key's bindings come from the platform (Redo is
// Ctrl+Y on Windows and Ctrl+Shift+Z on Linux and macOS; Preferences has none on Linux); the
// FALLBACKS are added where the platform lacks them, each sequence once, so that no action
// registers the same keys twice (Qt then reports an "ambiguous shortcut" and does nothing).
namespace Shortcuts {

QList<QKeySequence> standardWith(QKeySequence::StandardKey key,
                                 const QList<QKeySequence> &fallbacks);

} // namespace Shortcuts
