#include "editcertificationcommand.h"

#include "certificationstore.h"

#include <QCoreApplication>

EditCertificationCommand::EditCertificationCommand(CertificationStore *store,
                                                   const Certification &before,
                                                   const Certification &after, QUndoCommand *parent)
    : ChangeValueCommand<Certification>(
        QCoreApplication::translate("EditCertificationCommand", "Edit %1").arg(after.name), before,
        after, [store](const Certification &c) { return store->update(c); }, parent)
{ }
