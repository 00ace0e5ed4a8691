#pragma once

#include "db/studysessionrepository.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

class QRandomGenerator;
class TaskControl;
struct RoadmapTemplate;

// Writes the demo persona (the object in resources/seed/demo.json) into a workbench that already
// holds the roadmap the persona refers to by skill key. Relative dates in the persona
// (..._days_ago, ..._in_days) are placed around TODAY; the history it only summarises (study
// sessions from hours, six months of interview practice) is generated from fixed seeds, so the
// same persona and TODAY always give the same rows. Runs in the caller's transaction; on failure
// the caller rolls back.
class DemoWriter
{
public:
    DemoWriter(QSqlDatabase db, const RoadmapTemplate &roadmap,
               QHash<QString, qint64> skillIdsByKey, const QDate &today);

    // SOURCE names the persona in error messages ("demo.json"); *ERROR then says which entry
    // and field failed, and why.
    bool write(const QJsonObject &persona, const QString &source, QString *error);
    // Reports progress per section to CONTROL and stops (write() fails) when it is cancelled.
    void setControl(TaskControl *control) { m_control = control; }
    // The texts the writer makes up itself (study notes, application sources) are written as
    // TEXTS translates them (English text -> translation).
    void setTexts(QHash<QString, QString> texts) { m_texts = std::move(texts); }
    // Every such text, in English (demostudy.cpp, demoapplications.cpp).
    static QStringList generatedTexts();

private:
    // Study time a skill still needs as skill-only sessions, in persona order.
    struct StudyBudget
    {
        QString key;
        qint64 skillId = 0;
        bool learning = false;
        int minutesLeft = 0;
    };
    // One certification's logged hours, to be spread over FROM..TO.
    struct CertificationStudy
    {
        qint64 certificationId = 0;
        QDate from;
        QDate to;
        int minutes = 0;
        bool endsWithExam = false; // the last session is the final review
        QStringList skillKeys;
        QString where;
    };

    bool writeSettings(const QJsonObject &settings);
    bool writeProfile(const QJsonObject &profile);
    bool writeSkills(const QJsonArray &skills);
    bool writeResume(const QJsonArray &work, const QJsonArray &education,
                     const QJsonArray &languages);
    // Reads each object of LIST into an Entry (url, dates and order here, the rest by FILL,
    // which returns the entry's name for messages) and writes it with INSERT.
    template<typename Entry, typename Fill, typename Insert>
    bool writeEntries(const QJsonArray &list, QLatin1StringView name, Fill fill, Insert insert);
    bool writeProjects(const QJsonArray &projects);
    bool writeCertifications(const QJsonArray &certifications);
    bool writeInterviews(const QJsonObject &persona);
    // demoapplications.cpp
    bool writeApplications();
    static QStringList applicationSources(); // demoapplications.cpp
    bool writePostings(const QJsonArray &postings); // demopostings.cpp

    // demostudy.cpp
    bool writeCertificationStudy(const CertificationStudy &c, QRandomGenerator &rng);
    bool writeSkillStudy();
    bool writeLevelHistory(const QJsonArray &skills);
    bool insertStudy(const QString &where, qint64 skillId, qint64 certificationId, const QDate &day,
                     int minutes, const QString &note);

    // O's "status" (DEFAULTKEY when it has none) read by FROMKEY into *STATUS; false, named
    // WHERE.status with NOTONE (a message with %1 for the key), when it is not a status.
    template<typename Status, typename FromKey>
    bool readStatus(const QJsonObject &o, const QString &defaultKey, FromKey fromKey,
                    const QString &where, const QString &notOne, Status *status)
    {
        const QString key = o.value(QLatin1StringView("status")).toString(defaultKey);
        const std::optional<Status> read = fromKey(key);
        if (!read)
            return fail(where + QLatin1StringView(".status"), notOne.arg(key));
        *status = *read;
        return true;
    }
    bool skillId(const QString &key, const QString &where, qint64 *id);
    bool skillIds(const QJsonArray &keys, const QString &where, QList<qint64> *ids);
    bool fail(const QString &where, const QString &what);

    QDate daysAgo(const QJsonObject &o, QLatin1StringView field) const;
    QDate inDays(const QJsonObject &o, QLatin1StringView field) const;

    QSqlDatabase m_db;
    QHash<QString, qint64> m_skillIds;
    QHash<QString, QString> m_skillStage; // skill key -> stage key
    QHash<QString, QString> m_skillCategory; // skill key -> category key
    QDate m_today;
    QString m_source;
    QString m_error;
    QList<StudyBudget> m_budgets;
    QHash<QString, int> m_budgetIndex; // skill key -> index in m_budgets
    QHash<QDate, int> m_dayLoad; // study minutes placed per day
    StudySessionRepository m_study; // one prepared insert for every session
    QHash<QString, QString> m_texts;
    TaskControl *m_control = nullptr;
};
