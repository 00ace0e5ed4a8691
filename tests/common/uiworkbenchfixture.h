#pragma once

// WorkbenchFixture plus what pages and stores need: an undo stack, a change notifier and the
// dialogs seam in test mode.

#include "common/changenotifier.h"
#include "common/dialogs.h"
#include "common/workbenchcontext.h"
#include "workbenchfixture.h"

#include <QUndoStack>

struct UiWorkbenchFixture : WorkbenchFixture
{
    std::unique_ptr<QUndoStack> undoStack;
    std::unique_ptr<ChangeNotifier> notifier;

    WorkbenchContext context() { return {database.get(), undoStack.get(), notifier.get()}; }

    bool open()
    {
        close();
        Dialogs::setTestMode(true);
        if (!WorkbenchFixture::open())
            return false;
        undoStack = std::make_unique<QUndoStack>();
        notifier = std::make_unique<ChangeNotifier>();
        return true;
    }

    void close()
    {
        undoStack.reset();
        notifier.reset();
        WorkbenchFixture::close();
    }
};
