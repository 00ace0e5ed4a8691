#include "jobpostingrepository.h"

#include "domain/jobpostingvalidator.h"
#include "sqlhelpers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using SqlHelpers::textValue;

namespace {

const auto Columns = "id, title, company, format, content, added_at, application_id"_L1;

JobPostingEntry rowOf(const QSqlQuery &q)
{
    JobPostingEntry p;
    p.id = q.value(0).toLongLong();
    p.title = q.value(1).toString();
    p.company = q.value(2).toString();
    JobPostingEntry::formatFromKey(q.value(3).toString(), &p.format);
    p.content = q.value(4).toString();
    p.addedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    p.applicationId = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
    return p;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

WriteResult refused(const JobPostingEntry &p)
{
    const Problems problems = JobPostingValidator::validate(p);
    return problems.ok() ? WriteResult::success() : WriteResult::failure(problems.text());
}

} // namespace

JobPostingRepository::JobPostingRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<QList<JobPostingEntry>> JobPostingRepository::all(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM job_postings ORDER BY added_at DESC, id DESC"_s.arg(Columns))) {
        SqlHelpers::failWith(q, error);
        return std::nullopt;
    }
    QList<JobPostingEntry> out;
    while (q.next())
        out.append(rowOf(q));
    return out;
}

std::optional<JobPostingEntry> JobPostingRepository::find(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM job_postings WHERE id = ?"_s.arg(Columns));
    q.addBindValue(id);
    if (!q.exec()) {
        SqlHelpers::failWith(q, error);
        return std::nullopt;
    }
    if (!q.next()) {
        if (error)
            *error = QCoreApplication::translate("JobPostingRepository",
                                                 "the posting no longer exists");
        return std::nullopt;
    }
    return rowOf(q);
}

WriteResult JobPostingRepository::insert(const JobPostingEntry &p)
{
    if (WriteResult r = refused(p); !r.ok())
        return r;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO job_postings (id, title, company, format, content, added_at, "
              "application_id) VALUES (?, ?, ?, ?, ?, coalesce(?, strftime('%Y-%m-%dT%H:%M:%S', "
              "'now', 'localtime')), ?)"_s);
    q.addBindValue(idOrNull(p.id));
    q.addBindValue(p.title.trimmed());
    q.addBindValue(textValue(p.company.trimmed()));
    q.addBindValue(JobPostingEntry::formatKey(p.format));
    q.addBindValue(p.content);
    q.addBindValue(p.addedAt.isValid() ? QVariant(p.addedAt.toString(Qt::ISODate))
                                       : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(idOrNull(p.applicationId));
    if (!q.exec())
        return WriteResult::failure(q.lastError().text());
    return WriteResult::success(p.id > 0 ? p.id : q.lastInsertId().toLongLong());
}

WriteResult JobPostingRepository::update(const JobPostingEntry &p)
{
    if (WriteResult r = refused(p); !r.ok())
        return r;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE job_postings SET title = ?, company = ?, format = ?, content = ?, "
              "application_id = ? WHERE id = ?"_s);
    q.addBindValue(p.title.trimmed());
    q.addBindValue(textValue(p.company.trimmed()));
    q.addBindValue(JobPostingEntry::formatKey(p.format));
    q.addBindValue(p.content);
    q.addBindValue(idOrNull(p.applicationId));
    q.addBindValue(p.id);
    if (!q.exec())
        return WriteResult::failure(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return WriteResult::failure(
            QCoreApplication::translate("JobPostingRepository", "the posting no longer exists"));
    return WriteResult::success(p.id);
}

WriteResult JobPostingRepository::remove(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM job_postings WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return WriteResult::failure(q.lastError().text());
    if (q.numRowsAffected() != 1)
        return WriteResult::failure(
            QCoreApplication::translate("JobPostingRepository", "the posting no longer exists"));
    return WriteResult::success();
}
