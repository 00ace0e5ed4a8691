#pragma once

class Database;
class QUndoStack;

// What a page needs from the open document: the database and the shared undo stack.
struct WorkbenchContext
{
    Database *database = nullptr;
    QUndoStack *undoStack = nullptr;
};
