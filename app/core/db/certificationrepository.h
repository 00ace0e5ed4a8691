#pragma once

#include "calc/certificationcalendar.h"
#include "domain/certification.h"
#include "domain/roiassumptions.h"
#include "writeresult.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// Certifications and the skills they cover (the study time logged against them is
// StudySessionRepository's). Writes do not open transactions of their own: callers wrap a
// user's operation in one Transaction.
class CertificationRepository
{
public:
    struct ProfileMoney
    {
        double currentSalary = 0;
        QString currency; // ISO 4217
    };

    // A skill the user can link a certification to.
    struct SkillChoice
    {
        qint64 id = 0;
        QString name;
        QString stage;
    };

    explicit CertificationRepository(QSqlDatabase db);

    // Every read returns nullopt, with the reason in *ERROR, when it fails: a failed read cannot
    // be taken for an empty one (as the interview repositories do).

    // All certifications in list order, with their skills and logged hours.
    std::optional<QList<Certification>> all(QString *error) const;
    // nullopt with *ERROR empty: there is no such certification.
    std::optional<Certification> find(qint64 id, QString *error) const;
    // Inserts C with its skills; C.id != 0 restores that id (undo of a delete). The result
    // carries the id.
    [[nodiscard]] WriteResult insert(const Certification &c);
    // Inserts ROWS with their skills: each statement prepared once, positions read once.
    // Runs in the caller's transaction (one for the batch); the new ids in order in *IDS.
    [[nodiscard]] WriteResult insertBatch(const QList<Certification> &rows,
                                          QList<qint64> *ids = nullptr);
    [[nodiscard]] WriteResult update(const Certification &c);
    // Deletes the certification; its skill links and study sessions go with it (cascade).
    [[nodiscard]] WriteResult remove(qint64 id);
    [[nodiscard]] WriteResult setSkills(qint64 certificationId, const QList<qint64> &skillIds);
    // Stores IDS's order as their positions, 0 first.
    [[nodiscard]] WriteResult setOrder(const QList<qint64> &ids);

    std::optional<QList<SkillChoice>> skillChoices(QString *error) const;
    // Ids of the skills with these names (case-insensitive), for linking catalogue entries.
    std::optional<QList<qint64>> skillIdsNamed(const QStringList &names, QString *error) const;
    // Certification ids that cover SKILLID: evidence for the skill.
    std::optional<QList<qint64>> certificationsCovering(qint64 skillId, QString *error) const;
    // Catalogue keys of the certifications already added from the catalogue.
    std::optional<QStringList> catalogueKeys(QString *error) const;

    // The profile's current salary and currency (profile row id = 1; USD and 0 without one).
    std::optional<ProfileMoney> profileMoney(QString *error) const;
    // The ROI assumptions from the settings table, defaults where unset or not a number.
    std::optional<RoiAssumptions> roiAssumptions(QString *error) const;
    // Exams, expiries and renewals due from TODAY within DAYS days (for the dashboard).
    std::optional<QList<CertificationCalendar::Event>>
    upcomingEvents(const QDate &today, QString *error,
                   int days = CertificationCalendar::DefaultWindowDays) const;

private:
    bool bindAndExec(const QString &sql, const Certification &c, QString *error, qint64 *newId);

    QSqlDatabase m_db;
};
