#include "jobstore.h"

#include "db/jobapplicationrepository.h"
#include "db/jobmatchrepository.h"
#include "db/jobpostingrepository.h"
#include "db/roadmaprepository.h"
#include "db/settingsrepository.h"

using namespace Qt::StringLiterals;

const QString JobStore::ReportChoicesKey = u"reports.choices"_s;

namespace {
// Postings are shown on this page only: no other page needs to read again.
constexpr auto PostingAreas = ChangeNotifier::Areas();
} // namespace

JobStore::JobStore(const WorkbenchContext &context, QObject *parent)
    : AreaStore(context, parent)
{ }

std::optional<QList<JobPostingEntry>> JobStore::postings()
{
    QString error;
    auto all = JobPostingRepository(connection()).all(&error);
    if (!all)
        reportFailure(tr("The job postings cannot be read: %1").arg(error));
    return all;
}

std::optional<QList<JobApplication>> JobStore::applications()
{
    QString error;
    auto all = JobApplicationRepository(connection()).all(&error);
    if (!all)
        reportFailure(tr("The applications cannot be read: %1").arg(error));
    return all;
}

std::optional<QList<SkillProfile>> JobStore::skillProfiles()
{
    QString error;
    std::optional<QList<SkillProfile>> skills = JobMatchRepository(connection()).skills(&error);
    if (!skills)
        reportFailure(tr("The roadmap cannot be read: %1").arg(error));
    return skills;
}

std::optional<Roadmap> JobStore::roadmap()
{
    QString error;
    auto r = RoadmapRepository(connection()).load(&error);
    if (!r)
        reportFailure(tr("The roadmap cannot be read: %1").arg(error));
    return r;
}

std::optional<QString> JobStore::reportChoices()
{
    QString error;
    const std::optional<QVariant> stored
        = SettingsRepository(connection()).value(ReportChoicesKey, &error);
    if (!stored) {
        reportFailure(tr("The Reports page's choices cannot be read: %1").arg(error));
        return std::nullopt;
    }
    return stored->toString();
}

WriteResult JobStore::add(const JobPostingEntry &p)
{
    const WriteResult r = write(PostingAreas, tr("The posting could not be saved"),
                                [&] { return JobPostingRepository(connection()).insert(p); });
    if (r.ok())
        emit postingChanged(r.id());
    return r;
}

WriteResult JobStore::update(const JobPostingEntry &p)
{
    const WriteResult r = write(PostingAreas, tr("The posting could not be saved"),
                                [&] { return JobPostingRepository(connection()).update(p); });
    if (r.ok())
        emit postingChanged(p.id);
    return r;
}

WriteResult JobStore::remove(qint64 id)
{
    const WriteResult r = write(PostingAreas, tr("The posting could not be deleted"),
                                [&] { return JobPostingRepository(connection()).remove(id); });
    if (r.ok())
        emit postingChanged(id);
    return r;
}

WriteResult JobStore::setReportChoices(const QString &json)
{
    return write(ChangeNotifier::Settings, tr("The target role could not be saved"), [&] {
        SettingsRepository settings(connection());
        QString error;
        const bool ok = json.isEmpty() ? settings.remove(ReportChoicesKey, &error)
                                       : settings.setValue(ReportChoicesKey, json, &error);
        return WriteResult::check(ok, error);
    });
}

WriteResult JobStore::applyRoadmapPlan(JobRoadmapAdditions::Plan *plan)
{
    const WriteResult r = write(ChangeNotifier::Skills, tr("The roadmap could not be changed"),
                                [&] { return JobRoadmapAdditions(connection()).apply(plan); });
    if (r.ok())
        emit roadmapChanged();
    return r;
}

WriteResult JobStore::revertRoadmapPlan(const JobRoadmapAdditions::Plan &plan)
{
    const WriteResult r = write(ChangeNotifier::Skills, tr("The roadmap could not be changed back"),
                                [&] { return JobRoadmapAdditions(connection()).revert(plan); });
    if (r.ok())
        emit roadmapChanged();
    return r;
}
