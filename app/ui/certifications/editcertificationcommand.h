#pragma once

#include "common/changevaluecommand.h"
#include "domain/certification.h"

class CertificationStore;

// Edits a certification: a before/after value command over CertificationStore::update().
class EditCertificationCommand : public ChangeValueCommand<Certification>
{
public:
    EditCertificationCommand(CertificationStore *store, const Certification &before,
                             const Certification &after, QUndoCommand *parent = nullptr);
};
