#pragma once

#include "db/writeresult.h"
#include "domain/jobpostingentry.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

// Kept job postings (table job_postings). Writes check JobPostingValidator first and run in the
// caller's transaction; a refused write changes nothing.
class JobPostingRepository
{
public:
    explicit JobPostingRepository(QSqlDatabase db);

    // Every posting, newest first (one query).
    std::optional<QList<JobPostingEntry>> all(QString *error) const;
    std::optional<JobPostingEntry> find(qint64 id, QString *error) const;
    // Inserts P (with P.id when non-zero: the undo of a delete); the result carries the id.
    WriteResult insert(const JobPostingEntry &p);
    // Writes P's title, company, content and application link.
    WriteResult update(const JobPostingEntry &p);
    WriteResult remove(qint64 id);

private:
    QSqlDatabase m_db;
};
