#include "jobapplicationrepository.h"

#include "sqlhelpers.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using SqlHelpers::failWith;
using SqlHelpers::textValue;

namespace {

const QString Columns = u"SELECT id, company, role, source, applied_on, posting_url, stage, notes "
                        "FROM applications "_s;

JobApplication readApplication(const QSqlQuery &q)
{
    JobApplication a;
    a.id = q.value(0).toLongLong();
    a.company = q.value(1).toString();
    a.role = q.value(2).toString();
    a.source = q.value(3).toString();
    a.appliedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    a.postingUrl = q.value(5).toString();
    JobApplication::stageFromKey(q.value(6).toString(), &a.stage);
    a.notes = q.value(7).toString();
    return a;
}

} // namespace

JobApplicationRepository::JobApplicationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<QList<JobApplication>> JobApplicationRepository::all(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(Columns + u"ORDER BY coalesce(applied_on, created_at) DESC, id DESC"_s)) {
        failWith(q, error);
        return std::nullopt;
    }
    QList<JobApplication> result;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), result.size());
        result << readApplication(q);
    }
    QSqlQuery moves(m_db);
    moves.setForwardOnly(true);
    if (!moves.exec(u"SELECT application_id, stage, moved_on FROM application_stage_moves "
                    "ORDER BY application_id, moved_on, id"_s)) {
        failWith(moves, error);
        return std::nullopt;
    }
    while (moves.next()) {
        const auto at = index.constFind(moves.value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        JobApplication::Move m;
        JobApplication::stageFromKey(moves.value(1).toString(), &m.stage);
        m.on = QDate::fromString(moves.value(2).toString(), Qt::ISODate);
        result[*at].moves << m;
    }
    return result;
}

std::optional<JobApplication> JobApplicationRepository::find(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(Columns + u"WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        if (q.lastError().isValid())
            failWith(q, error);
        else if (error)
            *error = QObject::tr("The application no longer exists.");
        return std::nullopt;
    }
    JobApplication a = readApplication(q);
    QSqlQuery moves(m_db);
    moves.prepare(u"SELECT stage, moved_on FROM application_stage_moves "
                  "WHERE application_id = ? ORDER BY moved_on, id"_s);
    moves.addBindValue(id);
    if (!moves.exec()) {
        failWith(moves, error);
        return std::nullopt;
    }
    while (moves.next()) {
        JobApplication::Move m;
        JobApplication::stageFromKey(moves.value(0).toString(), &m.stage);
        m.on = QDate::fromString(moves.value(1).toString(), Qt::ISODate);
        a.moves << m;
    }
    return a;
}

qint64 JobApplicationRepository::insert(const JobApplication &a, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO applications (id, company, role, source, applied_on, posting_url, "
              "stage, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(a.id > 0 ? QVariant(a.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(textValue(a.company));
    q.addBindValue(textValue(a.role));
    q.addBindValue(textValue(a.source));
    q.addBindValue(a.appliedOn.isValid() ? QVariant(a.appliedOn.toString(Qt::ISODate))
                                         : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(textValue(a.postingUrl));
    q.addBindValue(JobApplication::stageKey(a.stage));
    q.addBindValue(textValue(a.notes));
    if (!q.exec()) {
        failWith(q, error);
        return 0;
    }
    const qint64 id = a.id > 0 ? a.id : q.lastInsertId().toLongLong();
    QList<JobApplication::Move> moves = a.moves;
    if (moves.isEmpty())
        moves.append({a.stage, a.appliedOn.isValid() ? a.appliedOn : QDate::currentDate()});
    for (const JobApplication::Move &m : std::as_const(moves)) {
        if (!writeMove(id, m.stage, m.on, error))
            return 0;
    }
    return id;
}

bool JobApplicationRepository::update(const JobApplication &a, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE applications SET company = ?, role = ?, source = ?, applied_on = ?, "
              "posting_url = ?, notes = ? WHERE id = ?"_s);
    q.addBindValue(textValue(a.company));
    q.addBindValue(textValue(a.role));
    q.addBindValue(textValue(a.source));
    q.addBindValue(a.appliedOn.isValid() ? QVariant(a.appliedOn.toString(Qt::ISODate))
                                         : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(textValue(a.postingUrl));
    q.addBindValue(textValue(a.notes));
    q.addBindValue(a.id);
    return q.exec() || failWith(q, error);
}

bool JobApplicationRepository::remove(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM applications WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() || failWith(q, error);
}

std::optional<JobApplicationRepository::Links> JobApplicationRepository::links(qint64 id,
                                                                               QString *error) const
{
    Links links;
    const std::pair<QString, QList<qint64> *> tables[] = {
        {u"SELECT id FROM interview_sessions WHERE application_id = ? ORDER BY id"_s,
         &links.sessions},
        {u"SELECT id FROM job_postings WHERE application_id = ? ORDER BY id"_s, &links.postings},
    };
    for (const auto &[sql, ids] : tables) {
        QSqlQuery q(m_db);
        q.prepare(sql);
        q.addBindValue(id);
        if (!q.exec()) {
            failWith(q, error);
            return std::nullopt;
        }
        while (q.next())
            ids->append(q.value(0).toLongLong());
    }
    return links;
}

bool JobApplicationRepository::relink(qint64 id, const Links &links, QString *error)
{
    const std::pair<QString, const QList<qint64> *> tables[] = {
        {u"UPDATE interview_sessions SET application_id = ? WHERE id = ?"_s, &links.sessions},
        {u"UPDATE job_postings SET application_id = ? WHERE id = ?"_s, &links.postings},
    };
    for (const auto &[sql, ids] : tables) {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (qint64 row : *ids) {
            q.addBindValue(id);
            q.addBindValue(row);
            if (!q.exec())
                return failWith(q, error);
        }
    }
    return true;
}

bool JobApplicationRepository::writeMove(qint64 id, JobApplication::Stage stage, const QDate &day,
                                         QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO application_stage_moves (application_id, stage, moved_on) "
              "VALUES (?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(JobApplication::stageKey(stage));
    q.addBindValue(day.toString(Qt::ISODate));
    return q.exec() || failWith(q, error);
}

bool JobApplicationRepository::setStage(qint64 id, JobApplication::Stage stage, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE applications SET stage = ? WHERE id = ?"_s);
    q.addBindValue(JobApplication::stageKey(stage));
    q.addBindValue(id);
    if (!q.exec())
        return failWith(q, error);
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = QObject::tr("The application no longer exists.");
        return false;
    }
    return true;
}

bool JobApplicationRepository::moveTo(qint64 id, JobApplication::Stage stage, const QDate &day,
                                      QString *error)
{
    return setStage(id, stage, error) && writeMove(id, stage, day, error);
}

bool JobApplicationRepository::undoLastMove(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM application_stage_moves WHERE id = (SELECT id FROM "
              "application_stage_moves WHERE application_id = ? ORDER BY moved_on DESC, id DESC "
              "LIMIT 1)"_s);
    q.addBindValue(id);
    if (!q.exec())
        return failWith(q, error);
    QSqlQuery last(m_db);
    last.prepare(u"SELECT stage FROM application_stage_moves WHERE application_id = ? "
                 "ORDER BY moved_on DESC, id DESC LIMIT 1"_s);
    last.addBindValue(id);
    if (!last.exec())
        return failWith(last, error);
    JobApplication::Stage stage = JobApplication::Stage::Applied;
    if (last.next())
        JobApplication::stageFromKey(last.value(0).toString(), &stage);
    return setStage(id, stage, error);
}

std::optional<JobApplicationRepository::Funnel>
JobApplicationRepository::funnel(QString *error) const
{
    // An application "reached" a stage on the way to an offer when it was moved there or past
    // it (an application moved straight to onsite passed screen and technical).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT a.stage, (SELECT max(CASE m.stage WHEN 'applied' THEN 0 WHEN 'screen' "
                "THEN 1 WHEN 'technical' THEN 2 WHEN 'onsite' THEN 3 WHEN 'offer' THEN 4 ELSE 0 "
                "END) FROM application_stage_moves m WHERE m.application_id = a.id) "
                "FROM applications a"_s)) {
        failWith(q, error);
        return std::nullopt;
    }
    Funnel f {};
    while (q.next()) {
        JobApplication::Stage stage = JobApplication::Stage::Applied;
        JobApplication::stageFromKey(q.value(0).toString(), &stage);
        const int furthest = q.value(1).toInt();
        for (int s = 0; s <= furthest; ++s)
            ++f[size_t(s)];
        if (JobApplication::isClosed(stage))
            ++f[size_t(stage)];
    }
    return f;
}
