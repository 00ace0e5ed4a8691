#include "editprojectcommand.h"

#include "projectstore.h"

#include <QCoreApplication>

EditProjectCommand::EditProjectCommand(ProjectStore *store, const Project &before,
                                       const Project &after, QUndoCommand *parent)
    : ChangeValueCommand<Project>(
        QCoreApplication::translate("EditProjectCommand", "Edit %1").arg(after.name), before, after,
        [store](const Project &p) { return store->update(p); }, parent)
{ }
