// DemoWriter, part two: study sessions generated from the persona's hours, and the levels
// that study gained.
#include "demowriter.h"

#include "db/progressrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 SkillStudySeed = 0x5eed0001;
constexpr int StudyWeeks = 26;

// Splits TOTAL minutes into sessions of 30 to 120 minutes (a total under 30 stays one session).
QList<int> splitMinutes(int total, QRandomGenerator &rng)
{
    static const int usual[] = {30, 45, 45, 60, 60, 60, 75, 90, 90, 120};
    QList<int> parts;
    while (total > 120) {
        int m = usual[rng.bounded(int(std::size(usual)))];
        m = std::min(m, total - 30); // leave at least half an hour for the last session
        parts << m;
        total -= m;
    }
    if (total > 0)
        parts << total;
    return parts;
}

// Study minutes already placed on each day, so that no day gets an unlikely amount.
using DayLoad = QHash<QDate, int>;

// How much study a day takes: evenings on weekdays, more at weekends, and more in recent weeks
// than at the start of the last 26 weeks (the persona has been stepping up).
int capacity(const QDate &day, const QDate &today)
{
    const qint64 ago = day.daysTo(today);
    const double ramp = ago >= StudyWeeks * 7 ? 1.0 : 0.75 + 0.5 * (1.0 - ago / (StudyWeeks * 7.0));
    return int((day.dayOfWeek() > 5 ? 330 : 240) * ramp);
}

// A day in FROM..TO for a session of MINUTES. RECENTBIAS tilts the choice towards TO (0: even,
// 2: three times as likely at TO as at FROM). Days in TAKEN, and days that would go past their
// capacity, are avoided while a better one is easy to find.
QDate pickDay(const QDate &from, const QDate &to, const QDate &today, double recentBias,
              int minutes, QRandomGenerator &rng, QSet<QDate> *taken, DayLoad *load)
{
    const int span = int(from.daysTo(to));
    QDate day = to;
    for (int attempt = 0; attempt < 60; ++attempt) {
        int offset = span;
        for (int draw = 0; draw < 100; ++draw) {
            offset = rng.bounded(span + 1);
            const double position = span > 0 ? double(offset) / span : 1.0;
            if (rng.generateDouble() * (1 + recentBias) <= 1 + recentBias * position)
                break;
        }
        day = from.addDays(offset);
        if (!taken->contains(day) && load->value(day) + minutes <= capacity(day, today))
            break;
    }
    taken->insert(day);
    (*load)[day] += minutes;
    return day;
}

struct Planned
{
    QDate day;
    int minutes = 0;
    bool operator<(const Planned &o) const { return day < o.day; }
};

template<size_t N>
QString pick(const QLatin1StringView (&notes)[N], QRandomGenerator &rng)
{
    return QString(notes[rng.bounded(int(N))]);
}

const auto FinalReview = "Final review"_L1;

const QLatin1StringView LearningNotes[] = {
    "Course lectures and notes"_L1,
    "Worked through the exercises"_L1,
    "Read a chapter and made flashcards"_L1,
    "Coded along with a tutorial"_L1,
    "Used it in a portfolio project"_L1,
    "Reviewed notes and flashcards"_L1,
    "Practice problems, checked the answers"_L1,
    "Summarised a lecture in my own words"_L1,
    "Small experiment in a notebook"_L1,
};

const QLatin1StringView RefresherNotes[] = {
    "Refresher: read the documentation"_L1,
    "Tried newer features on a side project"_L1,
    "Reviewed best practices"_L1,
    "Applied it in a portfolio project"_L1,
    "Read a long-form article and took notes"_L1,
};

const QLatin1StringView CertificationNotes[] = {
    "Video course, one module"_L1,
    "Hands-on lab"_L1,
    "Practice questions"_L1,
    "Reviewed the exam guide and weak areas"_L1,
    "Programming assignment"_L1,
    "Read the official documentation"_L1,
    "Flashcards on the exam objectives"_L1,
};

} // namespace

QStringList DemoWriter::generatedTexts()
{
    QStringList notes {QString(FinalReview)};
    for (QLatin1StringView n : LearningNotes)
        notes << QString(n);
    for (QLatin1StringView n : RefresherNotes)
        notes << QString(n);
    for (QLatin1StringView n : CertificationNotes)
        notes << QString(n);
    return notes + applicationSources();
}

bool DemoWriter::insertStudy(const QString &where, qint64 skillId, qint64 certificationId,
                             const QDate &day, int minutes, const QString &note)
{
    StudySession s;
    s.skillId = skillId;
    s.certificationId = certificationId;
    s.studiedOn = day;
    s.minutes = minutes;
    s.note = m_texts.value(note, note);
    QString error;
    if (m_study.insert(s, &error) <= 0)
        return fail(where, error);
    return true;
}

// Logged hours become sessions between the start and the exam, denser towards the exam. A
// session in the last 26 weeks counts towards one of the covered skills when that skill still
// has study hours to place, so each skill's total stays what the persona says.
bool DemoWriter::writeCertificationStudy(const CertificationStudy &c, QRandomGenerator &rng)
{
    QSet<QDate> taken;
    QList<Planned> plan;
    for (const int minutes : splitMinutes(c.minutes, rng))
        plan.append(
            {pickDay(c.from, c.to, m_today, 1.0, minutes, rng, &taken, &m_dayLoad), minutes});
    std::sort(plan.begin(), plan.end());
    const QDate recent = m_today.addDays(-(StudyWeeks * 7 - 1));
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const auto [day, minutes] = plan.at(i);
        qint64 skill = 0;
        if (day >= recent && !c.skillKeys.isEmpty() && rng.bounded(100) < 60) {
            const int first = rng.bounded(int(c.skillKeys.size()));
            for (qsizetype k = 0; k < c.skillKeys.size() && !skill; ++k) {
                const QString &key = c.skillKeys.at((first + k) % c.skillKeys.size());
                const int b = m_budgetIndex.value(key, -1);
                if (b < 0)
                    continue;
                StudyBudget &budget = m_budgets[b];
                const int left = budget.minutesLeft - minutes;
                if (left == 0 || left >= 30) {
                    budget.minutesLeft = left;
                    skill = budget.skillId;
                }
            }
        }
        const QString note = i + 1 == plan.size() && c.endsWithExam ? QString(FinalReview)
                                                                    : pick(CertificationNotes, rng);
        if (!insertStudy(c.where + u" (study)"_s, skill, c.certificationId, day, minutes, note))
            return false;
    }
    return true;
}

// What is left of each skill's hours becomes skill-only sessions over the last 26 weeks: the
// skills being learned lean towards recent weeks, the others are spread evenly.
bool DemoWriter::writeSkillStudy()
{
    QRandomGenerator rng(SkillStudySeed);
    const QDate from = m_today.addDays(-(StudyWeeks * 7 - 1));
    for (const StudyBudget &b : std::as_const(m_budgets)) {
        if (b.minutesLeft <= 0)
            continue;
        QSet<QDate> taken;
        QList<Planned> plan;
        for (const int minutes : splitMinutes(b.minutesLeft, rng)) {
            const QDate day = pickDay(from, m_today, m_today, b.learning ? 2.0 : 0.0, minutes, rng,
                                      &taken, &m_dayLoad);
            plan.append({day, minutes});
        }
        std::sort(plan.begin(), plan.end());
        const QString where = u"skills (%1, study)"_s.arg(b.key);
        for (const auto &[day, minutes] : std::as_const(plan)) {
            const QString note = b.learning ? pick(LearningNotes, rng) : pick(RefresherNotes, rng);
            if (!insertStudy(where, b.skillId, 0, day, minutes, note))
                return false;
        }
    }
    return true;
}

// The levels the persona gained while studying, so that the Dashboard's "levels gained" and
// the Skills history have something to show: each skill studied for a while reached its
// current level from the one below, the most studied most recently. The first two fall on
// today, so "this month" is never empty, whatever the date.
bool DemoWriter::writeLevelHistory(const QJsonArray &skills)
{
    struct Studied
    {
        qint64 id;
        int level;
        int minutes;
    };
    QList<Studied> studied;
    for (const QJsonValue &v : skills) {
        const QJsonObject s = v.toObject();
        const int level = s.value("current"_L1).toInt(0);
        const int minutes = qRound(s.value("study_hours"_L1).toDouble(0) * 60);
        const qint64 id = m_skillIds.value(s.value("key"_L1).toString());
        if (id > 0 && level >= 1 && minutes >= 6 * 60)
            studied.append({id, level, minutes});
    }
    std::stable_sort(studied.begin(), studied.end(),
                     [](const Studied &a, const Studied &b) { return a.minutes > b.minutes; });
    QList<ProgressStats::LevelChange> changes;
    for (int i = 0; i < studied.size(); ++i) {
        const int ago = i < 2 ? 0 : std::min((i - 1) * 9, StudyWeeks * 7);
        changes.append(
            {studied[i].id, m_today.addDays(-ago), studied[i].level - 1, studied[i].level});
    }
    const WriteResult written = ProgressRepository(m_db).insertLevelChanges(changes, QTime(7, 30));
    return written.ok() || fail(u"skills (levels gained)"_s, written.error());
}
