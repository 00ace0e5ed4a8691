#include "certificationstore.h"

#include "db/studysessionrepository.h"

CertificationStore::CertificationStore(const WorkbenchContext &context, QObject *parent)
    : AreaStore(context, parent)
{ }

WriteResult CertificationStore::add(const Certification &c, const QList<StudySession> &sessions)
{
    ChangeNotifier::Areas areas = ChangeNotifier::Certifications;
    if (!c.skillIds.isEmpty())
        areas |= ChangeNotifier::Skills;
    if (!sessions.isEmpty())
        areas |= ChangeNotifier::StudyLog;
    const WriteResult r = write(areas, tr("The certification could not be saved"), [&] {
        const WriteResult inserted = CertificationRepository(connection()).insert(c);
        if (!inserted.ok())
            return inserted;
        const qint64 id = inserted.id();
        QString error;
        StudySessionRepository log(connection());
        for (StudySession s : sessions) {
            s.certificationId = id;
            if (log.insert(s, &error) <= 0)
                return WriteResult::failure(error);
        }
        return WriteResult::success(id);
    });
    if (r.ok())
        emit certificationChanged(r.id());
    return r;
}

WriteResult CertificationStore::update(const Certification &c)
{
    CertificationRepository repo(connection());
    QString error;
    const std::optional<Certification> old = repo.find(c.id, &error);
    if (!error.isEmpty()) {
        // Which areas the edit changes depends on what was stored.
        reportFailure(tr("The certification cannot be read, so it was not saved: %1").arg(error));
        return WriteResult::failure(lastError());
    }
    // Linked skills count an earned certification as evidence: a new status or expiry date
    // changes their evidence as much as new links do.
    const bool skillsChanged = !old || old->skillIds != c.skillIds
        || (!c.skillIds.isEmpty() && (old->status != c.status || old->expiresOn != c.expiresOn));
    ChangeNotifier::Areas areas = ChangeNotifier::Certifications;
    if (skillsChanged)
        areas |= ChangeNotifier::Skills;
    const WriteResult r
        = write(areas, tr("The certification could not be saved"), [&] { return repo.update(c); });
    if (r.ok())
        emit certificationChanged(c.id);
    return r;
}

WriteResult CertificationStore::remove(qint64 id)
{
    const WriteResult r
        = write(ChangeNotifier::Certifications | ChangeNotifier::Skills | ChangeNotifier::StudyLog,
                tr("The certification could not be deleted"),
                [&] { return CertificationRepository(connection()).remove(id); });
    if (r.ok())
        emit certificationChanged(id);
    return r;
}

WriteResult CertificationStore::addStudySession(const StudySession &s)
{
    const WriteResult r
        = write(ChangeNotifier::Certifications | ChangeNotifier::StudyLog,
                tr("The study time could not be logged"), [&] {
                    QString error;
                    const qint64 id = StudySessionRepository(connection()).insert(s, &error);
                    return id > 0 ? WriteResult::success(id) : WriteResult::failure(error);
                });
    if (r.ok())
        emit certificationChanged(s.certificationId);
    return r;
}

WriteResult CertificationStore::removeStudySession(qint64 sessionId, qint64 certificationId)
{
    const WriteResult r
        = write(ChangeNotifier::Certifications | ChangeNotifier::StudyLog,
                tr("The study time could not be removed"), [&] {
                    QString error;
                    const bool ok = StudySessionRepository(connection()).remove(sessionId, &error);
                    return WriteResult::check(ok, error);
                });
    if (r.ok())
        emit certificationChanged(certificationId);
    return r;
}

std::optional<CertificationStore::Removal> CertificationStore::removal(qint64 id)
{
    CertificationRepository repo(connection());
    QString error;
    const std::optional<Certification> c = repo.find(id, &error);
    if (!c) {
        reportFailure(tr("The certification cannot be read, so it was not deleted: %1")
                          .arg(error.isEmpty() ? tr("it no longer exists") : error));
        return std::nullopt;
    }
    error.clear();
    const std::optional<QList<StudySession>> sessions
        = StudySessionRepository(connection()).forCertification(id, &error);
    if (!sessions) {
        reportFailure(
            tr("The study time logged against %1 cannot be read, so it was not deleted: %2")
                .arg(c->name, error));
        return std::nullopt;
    }
    return Removal {*c, *sessions};
}
