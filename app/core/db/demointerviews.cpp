// DemoWriter, part three: interview topics and six months of interview practice.
#include "demowriter.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTime>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 InterviewSeed = 0x5eed0003;
constexpr int SessionCount = 60;
constexpr int PracticeDays = 180; // sessions fall 1..180 days before today
constexpr int RealPipelines = 4; // companies the persona has interviewed with (issue: about 4)

// What a topic is practised in, from its skill's place in the roadmap.
enum Pool { Theory, Production, Design, Coding, Behavioural, PoolCount };

struct Topic
{
    qint64 skillId = 0;
    Pool pool = Theory;
    // Spaced-practice state (SM-2), replayed from the generated sessions.
    double ease = 2.5;
    int interval = 0;
    int repetitions = 0;
    QDate last;
    QDate due;
};

struct Session
{
    int daysAgo = 0;
    bool real = false;
    QString format;
    QString company = u""_s; // not null: Qt binds a null QString as SQL NULL
    QString role = u""_s;
    QList<std::pair<int, int>> topics; // topic index, score
};

// SM-2 with the session's 1-5 topic score as the quality (3 and above is a pass).
void practise(Topic &t, const QDate &day, int quality)
{
    if (quality >= 3) {
        t.interval = t.repetitions == 0 ? 1
            : t.repetitions == 1        ? 6
                                        : int(std::lround(t.interval * t.ease));
        ++t.repetitions;
    } else {
        t.repetitions = 0;
        t.interval = 1;
    }
    const int miss = 5 - quality;
    t.ease = std::max(1.3, t.ease + 0.1 - miss * (0.08 + miss * 0.02));
    t.last = day;
    t.due = day.addDays(t.interval);
}

int score(double value)
{
    return std::clamp(int(std::lround(value)), 1, 5);
}

// Roughly normal, mean 0, standard deviation 0.5.
double noise(QRandomGenerator &rng)
{
    return rng.generateDouble() + rng.generateDouble() + rng.generateDouble() - 1.5;
}

QString pickLines(const QStringList &from, int count, QRandomGenerator &rng)
{
    QStringList picked;
    while (picked.size() < std::min<qsizetype>(count, from.size())) {
        const QString &line = from.at(rng.bounded(int(from.size())));
        if (!picked.contains(line))
            picked << line;
    }
    return picked.join(u'\n');
}

QString weighted(const QList<std::pair<QString, int>> &choices, QRandomGenerator &rng)
{
    int total = 0;
    for (const auto &c : choices)
        total += c.second;
    int r = rng.bounded(total);
    for (const auto &c : choices) {
        r -= c.second;
        if (r < 0)
            return c.first;
    }
    return choices.constLast().first;
}

struct Need
{
    Pool pool;
    int least;
    int most;
};

QList<Need> needsOf(const QString &format)
{
    if (format == "screening"_L1)
        return {{Behavioural, 1, 2}, {Theory, 0, 1}};
    if (format == "behavioural"_L1)
        return {{Behavioural, 1, 3}};
    if (format == "coding"_L1)
        return {{Coding, 1, 1}, {Theory, 0, 1}};
    if (format == "take_home"_L1)
        return {{Coding, 1, 1}, {Theory, 1, 1}};
    if (format == "ml_theory"_L1)
        return {{Theory, 2, 4}};
    if (format == "technical"_L1)
        return {{Theory, 1, 2}, {Production, 0, 2}};
    return {{Design, 1, 1}, {Production, 1, 2}}; // system_design
}

// A real application: a screening call, a technical round, then design or behavioural.
QString roundFormat(int round, QRandomGenerator &rng)
{
    if (round == 0)
        return u"screening"_s;
    if (round == 1)
        return weighted(
            {{u"technical"_s, 3}, {u"coding"_s, 3}, {u"take_home"_s, 1}, {u"ml_theory"_s, 2}}, rng);
    return weighted({{u"system_design"_s, 2}, {u"behavioural"_s, 1}}, rng);
}

// Real interviews in office hours; mock ones in the evening, or in the day at weekends.
QTime timeOf(bool real, const QDate &day, QRandomGenerator &rng)
{
    const int firstHour = real ? 9 : day.dayOfWeek() > 5 ? 10 : 18;
    const int hours = real ? 8 : day.dayOfWeek() > 5 ? 6 : 3;
    return QTime(firstHour + rng.bounded(hours), 30 * rng.bounded(2));
}

int durationOf(const QString &format, QRandomGenerator &rng)
{
    if (format == "screening"_L1)
        return 30;
    if (format == "take_home"_L1 || format == "system_design"_L1)
        return 60 + 15 * rng.bounded(3);
    if (format == "behavioural"_L1)
        return 30 + 15 * rng.bounded(2);
    return 45 + 15 * rng.bounded(2);
}

// Adds one topic from POOL not chosen yet, preferring topics that are due or never practised,
// as someone following their spaced-practice schedule would.
void addTopic(QList<int> *chosen, const QList<Topic> &topics, const QList<int> &pool,
              const QDate &day, QRandomGenerator &rng)
{
    QList<int> weights;
    int total = 0;
    for (const int i : pool) {
        const Topic &t = topics.at(i);
        const int w = chosen->contains(i) ? 0 : (!t.due.isValid() || t.due <= day) ? 3 : 1;
        weights << w;
        total += w;
    }
    if (total == 0)
        return;
    int r = rng.bounded(total);
    for (qsizetype k = 0; k < pool.size(); ++k) {
        r -= weights.at(k);
        if (r < 0) {
            chosen->append(pool.at(k));
            return;
        }
    }
}

} // namespace

bool DemoWriter::writeInterviews(const QJsonObject &persona)
{
    // Topics and the pool each is practised in.
    const QJsonArray topicList = persona.value("interview_topics"_L1).toArray();
    QList<Topic> topics;
    QList<int> pools[PoolCount];
    QList<int> everything;
    for (qsizetype i = 0; i < topicList.size(); ++i) {
        const QJsonObject o = topicList.at(i).toObject();
        Topic t;
        const QString key = o.value("skill"_L1).toString();
        const QString where
            = u"interview_topics[%1] (%2).skill"_s.arg(i).arg(o.value("name"_L1).toString());
        if (!key.isEmpty() && !skillId(key, where, &t.skillId))
            return false;
        const QString stage = m_skillStage.value(key);
        const QString category = m_skillCategory.value(key);
        if (key == "ml-system-design-interviews"_L1)
            t.pool = Design;
        else if (key == "ai-coding-challenges"_L1)
            t.pool = Coding;
        else if (key.isEmpty() || stage == "career"_L1)
            t.pool = Behavioural;
        else if (category == "mlops"_L1 || category == "cloud-ai"_L1)
            t.pool = Production;
        pools[t.pool] << int(i);
        everything << int(i);
        topics << t;
    }
    if (topics.isEmpty())
        return fail(u"interview_topics"_s, QObject::tr("must list at least one topic"));

    const QJsonObject phraseObject = persona.value("interview_phrases"_L1).toObject();
    QStringList phrases[4];
    const char *phraseLists[4] = {"went_well", "to_improve", "action_items", "questions"};
    for (int p = 0; p < 4; ++p) {
        for (const QJsonValue &v : phraseObject.value(QLatin1StringView(phraseLists[p])).toArray())
            phrases[p] << v.toString();
        if (phrases[p].isEmpty())
            return fail(u"interview_phrases."_s + QLatin1StringView(phraseLists[p]),
                        QObject::tr("must be a list of at least one phrase"));
    }

    QRandomGenerator rng(InterviewSeed);
    QList<Session> sessions;
    QSet<int> taken;
    // Real interviews: a screening call, then one or two later rounds, one company after the
    // other over the last four months, on weekdays; the last one is still under way.
    const QJsonArray companies = persona.value("interview_companies"_L1).toArray();
    for (int c = 0; c < std::min<int>(RealPipelines, int(companies.size())); ++c) {
        const QJsonObject o = companies.at(c).toObject();
        int ago = 118 - 32 * c - rng.bounded(7);
        const int rounds = 1 + rng.bounded(3);
        for (int r = 0; r < rounds && ago >= 3; ++r) {
            Session s;
            s.real = true;
            s.company = o.value("company"_L1).toString().trimmed();
            s.role = o.value("role"_L1).toString(u""_s);
            if (s.company.isEmpty())
                return fail(u"interview_companies[%1].company"_s.arg(c),
                            QObject::tr("must not be empty"));
            s.format = roundFormat(r, rng);
            const int weekday = m_today.addDays(-ago).dayOfWeek();
            s.daysAgo = ago + (weekday > 5 ? weekday - 5 : 0); // weekend: the Friday before
            taken.insert(s.daysAgo);
            sessions << s;
            ago -= 6 + rng.bounded(8);
        }
    }
    // Mock interviews fill the rest, more of them as the search goes on.
    while (sessions.size() < SessionCount) {
        const int x = rng.bounded(PracticeDays);
        const double recency = double(PracticeDays - 1 - x) / (PracticeDays - 1);
        if (rng.generateDouble() * 2.5 > 1 + 1.5 * recency || taken.contains(1 + x))
            continue;
        Session s;
        s.daysAgo = 1 + x;
        s.format = weighted({{u"coding"_s, 10},
                             {u"ml_theory"_s, 9},
                             {u"system_design"_s, 9},
                             {u"behavioural"_s, 7},
                             {u"technical"_s, 6},
                             {u"take_home"_s, 2},
                             {u"screening"_s, 2}},
                            rng);
        taken.insert(s.daysAgo);
        sessions << s;
    }
    std::stable_sort(sessions.begin(), sessions.end(),
                     [](const Session &a, const Session &b) { return a.daysAgo > b.daysAgo; });

    QSqlQuery topic(m_db), session(m_db), link(m_db);
    if (!prepare(session,
                 u"INSERT INTO interview_sessions (occurred_at, kind, format, company, role, "
                 "duration_minutes, self_score, interviewer_score, went_well, to_improve, "
                 "action_items, questions_asked, created_at) VALUES (:at, :kind, :format, "
                 ":company, :role, :duration, :self, :interviewer, :well, :improve, :actions, "
                 ":questions, :created)"_s)
        || !prepare(link,
                    u"INSERT INTO interview_session_topics (session_id, topic_id, score) "
                    "VALUES (:session, :topic, :score)"_s)
        || !prepare(topic,
                    u"INSERT INTO interview_topics (name, description, skill_id, ease, "
                    "interval_days, repetitions, last_practised, due_on) VALUES (:name, "
                    ":description, :skill, :ease, :interval, :repetitions, :last, :due)"_s))
        return false;

    // Scores climb from about 2 to about 4 over the six months; real interviews feel harder.
    QList<qint64> sessionIds;
    for (Session &s : sessions) {
        const QDate day = m_today.addDays(-s.daysAgo);
        const QTime time = timeOf(s.real, day, rng);
        const int duration = durationOf(s.format, rng);
        const double progress = double(PracticeDays - s.daysAgo) / (PracticeDays - 1);
        const int self = score(1.8 + 2.4 * progress + 1.2 * noise(rng) - (s.real ? 0.3 : 0.0));
        const bool scored = rng.bounded(100) < (s.real ? 80 : 30);
        const int interviewer = score(self + rng.bounded(3) - 1);

        QList<int> chosen;
        for (const Need &n : needsOf(s.format)) {
            const QList<int> &pool = pools[n.pool].isEmpty() ? everything : pools[n.pool];
            const int count = n.least + rng.bounded(n.most - n.least + 1);
            for (int k = 0; k < count && chosen.size() < 4; ++k)
                addTopic(&chosen, topics, pool, day, rng);
        }
        if (chosen.isEmpty())
            addTopic(&chosen, topics, everything, day, rng);
        for (const int t : std::as_const(chosen)) {
            const int topicScore = score(self + rng.bounded(3) - 1);
            practise(topics[t], day, topicScore);
            s.topics.append({t, topicScore});
        }

        session.bindValue(u":at"_s, day.toString(Qt::ISODate) + u'T' + time.toString(u"HH:mm"_s));
        session.bindValue(u":kind"_s, s.real ? u"real"_s : u"mock"_s);
        session.bindValue(u":format"_s, s.format);
        session.bindValue(u":company"_s, s.company);
        session.bindValue(u":role"_s, s.role);
        session.bindValue(u":duration"_s, duration);
        session.bindValue(u":self"_s, self);
        session.bindValue(u":interviewer"_s, scored ? QVariant(interviewer) : QVariant());
        session.bindValue(u":well"_s, pickLines(phrases[0], 1 + (self >= 4), rng));
        session.bindValue(u":improve"_s, pickLines(phrases[1], 1 + (self <= 2), rng));
        session.bindValue(u":actions"_s, pickLines(phrases[2], 1 + (self <= 3), rng));
        session.bindValue(u":questions"_s, pickLines(phrases[3], 1 + rng.bounded(3), rng));
        session.bindValue(u":created"_s,
                          day.toString(Qt::ISODate) + u'T'
                              + time.addSecs((duration + 20) * 60).toString(u"HH:mm:ss"_s));
        if (!session.exec())
            return failQuery(u"interview_sessions (generated, %1)"_s.arg(day.toString(Qt::ISODate)),
                             session);
        sessionIds << session.lastInsertId().toLongLong();
    }

    QList<qint64> topicIds;
    for (qsizetype i = 0; i < topics.size(); ++i) {
        const QJsonObject o = topicList.at(i).toObject();
        const Topic &t = topics.at(i);
        topic.bindValue(u":name"_s, o.value("name"_L1).toString());
        topic.bindValue(u":description"_s, o.value("description"_L1).toString());
        topic.bindValue(u":skill"_s, t.skillId ? QVariant(t.skillId) : QVariant());
        topic.bindValue(u":ease"_s, std::round(t.ease * 100) / 100);
        topic.bindValue(u":interval"_s, t.interval);
        topic.bindValue(u":repetitions"_s, t.repetitions);
        topic.bindValue(u":last"_s,
                        t.last.isValid() ? QVariant(t.last.toString(Qt::ISODate)) : QVariant());
        topic.bindValue(u":due"_s,
                        t.due.isValid() ? QVariant(t.due.toString(Qt::ISODate)) : QVariant());
        if (!topic.exec())
            return failQuery(
                u"interview_topics[%1] (%2)"_s.arg(i).arg(o.value("name"_L1).toString()), topic);
        topicIds << topic.lastInsertId().toLongLong();
    }

    for (qsizetype i = 0; i < sessions.size(); ++i) {
        for (const auto &[t, topicScore] : std::as_const(sessions.at(i).topics)) {
            link.bindValue(u":session"_s, sessionIds.at(i));
            link.bindValue(u":topic"_s, topicIds.at(t));
            link.bindValue(u":score"_s, topicScore);
            if (!link.exec())
                return failQuery(u"interview_session_topics (generated)"_s, link);
        }
    }
    return true;
}
