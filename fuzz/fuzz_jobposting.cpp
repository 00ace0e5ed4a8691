// libFuzzer target: JSON Resume job files (job-schema.json), which the Job Match page's "Load Job
// File..." and --match-job read from any file the user names, and pasted posting text. Anything
// may come in; nothing may crash, hang or leak; a refusal always says why (syntax errors with
// line and column); and whatever is accepted is matched against a small roadmap to a score
// between 0 and 100 with one named requirement per skill at most.
//
// Built by `make fuzz` (clang, -fsanitize=fuzzer,address,undefined); the seed corpus is
// tests/data/fuzz/jobposting, replayed by tst_fuzzreplay in the normal build (CW_FUZZ_ENTRY
// renames the entry point there).
#include "calc/jobmatcher.h"
#include "domain/jobpostingentry.h"

#include <QByteArray>
#include <QSet>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

#ifndef CW_FUZZ_ENTRY
#define CW_FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

namespace {

QList<SkillProfile> roadmap()
{
    QList<SkillProfile> skills;
    skills.append({1, u"PyTorch"_s, {u"torch"_s}, 3, 4, {u"Project: Fraud radar"_s}});
    skills.append({2, u"Kubernetes (k8s)"_s, {u"k8s"_s}, 2, 4, {}});
    skills.append({3, u"Large language models"_s, {u"LLM"_s, u"large language model"_s}, 0, 3, {}});
    skills.append({4, u"C++"_s, {u"cpp"_s}, 4, 4, {u"Certification: C++ Pro"_s}});
    skills.append({5, u"Machine learning"_s, {u"ML"_s}, 1, 3, {}});
    skills.append({6, u"SQL"_s, {}, 3, 3, {}});
    return skills;
}

void check(const JobPosting &posting, const QList<SkillProfile> &skills)
{
    static const QStringList vocabulary {u"Docker"_s, u"Airflow"_s, u"Go"_s, u"C#"_s,
                                         u"Snowflake"_s};
    const JobMatch match = JobMatcher::match(posting, skills, vocabulary);
    if (match.score < 0 || match.score > 100)
        std::abort();
    QSet<qint64> skillIds;
    for (const JobMatch::Requirement &r : match.requirements) {
        if (r.name.trimmed().isEmpty())
            std::abort(); // every requirement is shown by its name
        if (r.skillId == 0 && r.status != JobMatch::Status::Missing)
            std::abort(); // without a skill, nothing is proven or claimed
        if (r.skillId != 0) {
            if (skillIds.contains(r.skillId))
                std::abort(); // a skill answers one requirement only
            skillIds.insert(r.skillId);
        }
    }
}

} // namespace

extern "C" int CW_FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    // The app and the command line read at most this much of a job file.
    if (size > size_t(JobPostingEntry::MaxContentBytes))
        return 0;
    static const QList<SkillProfile> skills = roadmap();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<JobPosting> posting = JobPosting::fromJson(input, &error);
    if (!posting) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
    } else {
        check(*posting, skills);
    }
    // The same bytes pasted as text.
    check(JobPosting::fromText(QString::fromUtf8(input)), skills);
    return 0;
}
