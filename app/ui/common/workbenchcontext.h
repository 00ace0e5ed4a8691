#pragma once

class ChangeNotifier;
class Database;
class QUndoStack;

// What a page needs from the open document: the database, the shared undo stack (Edit menu)
// and the notifier that tells every page when data changed.
struct WorkbenchContext
{
    Database *database = nullptr;
    QUndoStack *undoStack = nullptr;
    ChangeNotifier *notifier = nullptr;
};
