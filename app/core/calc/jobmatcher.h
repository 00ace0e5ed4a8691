#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A job posting: pasted text, or a JSON Resume job file (job-schema.json: title, company,
// description, responsibilities, qualifications, skills[] with name and keywords).
struct JobPosting
{
    QString title;
    QString company;
    QString text; // everything to scan for terms
    // The first TITLECHARACTERS characters of text.simplified() are the title line of a pasted
    // posting: it names the role ("ML Engineer"), not what the role asks for, so a term found
    // only there is not a requirement. A job file's title is not in TEXT at all.
    qsizetype titleCharacters = 0;
    static constexpr int MaxTitleLineLength = 100;
    QStringList requirements; // named requirements (a job file's skills and keywords)

    static JobPosting fromText(const QString &text);
    // Refuses what is not a JSON object, with the line and column of a syntax error.
    static std::optional<JobPosting> fromJson(const QByteArray &json, QString *error);
};

// What the matcher knows of one roadmap skill.
struct SkillProfile
{
    qint64 id = 0;
    QString name;
    QStringList aliases;
    int level = 0;
    int target = 0;
    QStringList evidence; // "Project: Fraud radar", "Certification: AWS ML Engineer", ...
};

struct JobMatch
{
    enum class Status { Proven, Claimed, Missing };
    struct Requirement
    {
        QString name; // as the posting says it
        Status status = Status::Missing;
        qint64 skillId = 0; // 0: the roadmap has no such skill
        QString skill;
        int level = 0; // the skill's current level and target (0 without a skill)
        int target = 0;
        QStringList evidence;
    };
    QList<Requirement> requirements;
    int score = 0; // 0-100: proven counts 1, claimed 1/2, missing 0

    static QString statusKey(Status status); // "proven", "claimed", "missing"
};

// Matches a posting against the roadmap, through each skill's name and aliases (case-insensitive,
// whole words), and names the requirements the roadmap does not have from a vocabulary of common
// terms. Proven: evidence exists; claimed: a level but no evidence; missing: neither.
class JobMatcher
{
    Q_DECLARE_TR_FUNCTIONS(JobMatcher)

public:
    static JobMatch match(const JobPosting &posting, const QList<SkillProfile> &skills,
                          const QStringList &vocabulary);
    // Lower case, whitespace collapsed: the form terms are compared in.
    static QString normalised(const QString &text);
};
