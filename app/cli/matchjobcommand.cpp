#include "calc/jobmatcher.h"
#include "commandregistry.h"
#include "db/database.h"
#include "db/jobmatchrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// --match-job POSTING.json|POSTING.txt [--json]: how well the workbench matches a posting.
class MatchJobCommand : public CliCommand
{
    // tr() in the context lupdate files these strings under.
    Q_DECLARE_TR_FUNCTIONS(MatchJobCommand)

public:
    QCommandLineOption option() const override
    {
        return QCommandLineOption(u"match-job"_s,
                                  tr("Match a job posting (a JSON Resume job FILE, or plain "
                                     "text) against the roadmap: each requirement proven, "
                                     "claimed or missing, and a score."),
                                  tr("FILE"));
    }
    QStringList acceptedOptions() const override { return {u"json"_s}; }
    QList<QCommandLineOption> extraOptions() const override
    {
        return {QCommandLineOption(u"json"_s, tr("Print the result as one JSON object."))};
    }
    bool usesDatabase() const override { return true; }
    QString example() const override
    {
        return u"career-workbench --database my.cwbench --match-job posting.json --json"_s;
    }
    int run(const CliContext &context) override;
};

int MatchJobCommand::run(const CliContext &context)
{
    const QString postingPath = context.parser->value(u"match-job"_s);
    QFile file(postingPath);
    if (!file.open(QIODevice::ReadOnly)) {
        CliOutput::err(tr("%1 cannot be read: %2").arg(postingPath, file.errorString()));
        return 1;
    }
    const QByteArray bytes = file.read(4 * 1024 * 1024 + 1);
    if (bytes.size() > 4 * 1024 * 1024) {
        CliOutput::err(tr("%1 is larger than 4 MB: that is not a job posting.").arg(postingPath));
        return 1;
    }
    JobPosting posting;
    if (postingPath.endsWith(u".json"_s, Qt::CaseInsensitive)) {
        QString error;
        const std::optional<JobPosting> parsed = JobPosting::fromJson(bytes, &error);
        if (!parsed) {
            CliOutput::err(tr("%1: %2").arg(postingPath, error));
            return 1;
        }
        posting = *parsed;
    } else {
        posting = JobPosting::fromText(QString::fromUtf8(bytes));
    }
    const std::unique_ptr<Database> db = openWorkbench(context);
    if (!db)
        return 1;
    QString error;
    const std::optional<QList<SkillProfile>> skills
        = JobMatchRepository(db->connection()).skills(&error);
    if (!skills) {
        CliOutput::err(error);
        return 1;
    }
    const JobMatch match = JobMatcher::match(posting, *skills, JobMatchRepository::vocabulary());

    if (context.parser->isSet(u"json"_s)) {
        QJsonArray requirements;
        for (const JobMatch::Requirement &r : match.requirements) {
            QJsonObject o {{u"name"_s, r.name},
                           {u"status"_s, JobMatch::statusKey(r.status)},
                           {u"evidence"_s, QJsonArray::fromStringList(r.evidence)}};
            o.insert(u"skill"_s, r.skillId ? QJsonValue(r.skill) : QJsonValue());
            requirements.append(o);
        }
        const QJsonObject root {{u"score"_s, match.score}, {u"requirements"_s, requirements}};
        CliOutput::out(
            QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    CliOutput::out(tr("Match: %1 of 100").arg(match.score));
    for (const JobMatch::Requirement &r : match.requirements) {
        QString status = r.status == JobMatch::Status::Proven ? tr("proven")
            : r.status == JobMatch::Status::Claimed           ? tr("claimed")
                                                              : tr("missing");
        QString line = u"  ["_s + status + u"] "_s + r.name;
        if (r.skillId && r.skill.compare(r.name, Qt::CaseInsensitive) != 0)
            line += u" -> "_s + r.skill;
        if (!r.evidence.isEmpty())
            line += u" ("_s + r.evidence.join(u"; "_s) + u')';
        CliOutput::out(line);
    }
    return 0;
}

} // namespace

std::unique_ptr<CliCommand> makeMatchJobCommand()
{
    return std::make_unique<MatchJobCommand>();
}
