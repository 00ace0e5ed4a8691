#pragma once

#include "common/areastore.h"
#include "db/certificationrepository.h"
#include "domain/certification.h"
#include "domain/studysession.h"

#include <optional>

// The Certifications area's store: the one place its edits are written, each in one
// transaction (AreaStore::write). Called by the undo commands only; the table model reads and
// refreshes a row when certificationChanged() says so.
class CertificationStore : public AreaStore
{
    Q_OBJECT
public:
    // What a delete takes with it, so that undo can restore all of it.
    struct Removal
    {
        Certification certification;
        QList<StudySession> sessions;
    };

    explicit CertificationStore(const WorkbenchContext &context, QObject *parent = nullptr);

    // Adds C (C.id != 0 restores that id) with SESSIONS; the result carries the new id.
    WriteResult add(const Certification &c, const QList<StudySession> &sessions = {});
    WriteResult update(const Certification &c);
    WriteResult remove(qint64 id);
    // The new session's id in the result.
    WriteResult addStudySession(const StudySession &s);
    WriteResult removeStudySession(qint64 sessionId, qint64 certificationId);

    // Everything a delete of ID removes; nullopt (and failed()) when it cannot be read, so
    // that a delete never goes ahead without what its undo needs.
    std::optional<Removal> removal(qint64 id);

signals:
    // Certification ID was added, changed or removed: views re-read it.
    void certificationChanged(qint64 id);
};
