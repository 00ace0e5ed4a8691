#pragma once

#include "common/storecommand.h"
#include "domain/certification.h"

class CertificationStore;

// Adds a certification; undo deletes it, redo adds it again under the same id.
class AddCertificationCommand : public StoreCommand
{
public:
    AddCertificationCommand(CertificationStore *store, const Certification &certification,
                            const QString &text, QUndoCommand *parent = nullptr);

protected:
    WriteResult apply() override;
    WriteResult revert() override;

private:
    CertificationStore *m_store;
    Certification m_certification;
};
