#pragma once

#include "certificationstore.h"
#include "common/storecommand.h"

// Deletes a certification with its skill links and study sessions; undo restores all of them
// under their old ids.
class RemoveCertificationCommand : public StoreCommand
{
public:
    RemoveCertificationCommand(CertificationStore *store,
                               const CertificationStore::Removal &removal,
                               QUndoCommand *parent = nullptr);

protected:
    WriteResult apply() override;
    WriteResult revert() override;

private:
    CertificationStore *m_store;
    CertificationStore::Removal m_removal;
};
