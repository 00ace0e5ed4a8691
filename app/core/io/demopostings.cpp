#include "db/jobapplicationrepository.h"
#include "db/jobpostingrepository.h"
#include "demowriter.h"

#include <QTime>

using namespace Qt::StringLiterals;

// The persona's kept job postings (persona "job_postings": title, company, added_days_ago and
// the pasted text), written through the repository as Job Match's "Keep Posting" would, and
// linked to the application for the same company when the demo has one. They give the Job Match
// page something to show: requirements proven, claimed and missing.
bool DemoWriter::writePostings(const QJsonArray &postings)
{
    QString error;
    const auto applications = JobApplicationRepository(m_db).all(&error);
    if (!applications)
        return fail(u"job_postings"_s, error);
    JobPostingRepository repository(m_db);
    for (qsizetype i = 0; i < postings.size(); ++i) {
        const QString where = u"job_postings[%1]"_s.arg(i);
        const QJsonObject o = postings.at(i).toObject();
        JobPostingEntry p;
        p.title = o.value("title"_L1).toString();
        p.company = o.value("company"_L1).toString();
        p.content = o.value("content"_L1).toString();
        p.format = JobPostingEntry::Format::Text;
        const QDate added = daysAgo(o, "added_days_ago"_L1);
        if (!added.isValid())
            return fail(where, QObject::tr("added_days_ago is missing"));
        p.addedAt = QDateTime(added, QTime(9, 30));
        for (const JobApplication &a : *applications) {
            if (a.company == p.company)
                p.applicationId = a.id;
        }
        if (const WriteResult r = repository.insert(p); !r)
            return fail(where, r.error());
    }
    return true;
}
