// DemoWriter, part three: interview topics and six months of interview practice.
#include "db/interviewsessionwriter.h"
#include "db/interviewtopicrepository.h"
#include "demowriter.h"

#include "calc/sm2.h"

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
    // Spaced-practice state as the sessions so far leave it, to choose what is due next (the
    // stored state is replayed from the written sessions by InterviewSessionWriter::finish).
    Sm2::State state;
};

struct Session
{
    int daysAgo = 0;
    bool real = false;
    QString format;
    QString company;
    QString role;
    QList<std::pair<int, int>> topics; // topic index, score
};

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
        const int w = chosen->contains(i) ? 0 : Sm2::isDue(t.state, day) ? 3 : 1;
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

    // The topics first: the sessions name them.
    InterviewTopicRepository topicRepository(m_db);
    QString error;
    for (qsizetype i = 0; i < topics.size(); ++i) {
        const QJsonObject o = topicList.at(i).toObject();
        InterviewTopic topic;
        topic.name = o.value("name"_L1).toString();
        topic.description = o.value("description"_L1).toString();
        topic.skillId = topics.at(i).skillId;
        if (topicRepository.insert(topic, &error) == 0)
            return fail(u"interview_topics[%1] (%2)"_s.arg(i).arg(topic.name), error);
    }

    // Scores climb from about 2 to about 4 over the six months; real interviews feel harder.
    // Written as the app logs a session (InterviewSessionWriter), which then replays the
    // topics' spacing from them.
    InterviewSessionWriter writer(m_db);
    for (const Session &s : std::as_const(sessions)) {
        InterviewSession session;
        session.date = m_today.addDays(-s.daysAgo);
        session.time = timeOf(s.real, session.date, rng);
        session.kind = s.real ? InterviewSession::Kind::Real : InterviewSession::Kind::Mock;
        session.format = s.format;
        session.company = s.company;
        session.role = s.role;
        session.durationMinutes = durationOf(s.format, rng);
        const double progress = double(PracticeDays - s.daysAgo) / (PracticeDays - 1);
        session.selfScore = score(1.8 + 2.4 * progress + 1.2 * noise(rng) - (s.real ? 0.3 : 0.0));
        const bool scored = rng.bounded(100) < (s.real ? 80 : 30);
        const int interviewer = score(session.selfScore + rng.bounded(3) - 1);
        session.interviewerScore = scored ? interviewer : 0;

        QList<int> chosen;
        for (const Need &n : needsOf(s.format)) {
            const QList<int> &pool = pools[n.pool].isEmpty() ? everything : pools[n.pool];
            const int count = n.least + rng.bounded(n.most - n.least + 1);
            for (int k = 0; k < count && chosen.size() < 4; ++k)
                addTopic(&chosen, topics, pool, session.date, rng);
        }
        if (chosen.isEmpty())
            addTopic(&chosen, topics, everything, session.date, rng);
        for (const int t : std::as_const(chosen)) {
            const int topicScore = score(session.selfScore + rng.bounded(3) - 1);
            topics[t].state = Sm2::review(topics.at(t).state, topicScore, session.date);
            session.topics.append(
                {topicList.at(t).toObject().value("name"_L1).toString(), topicScore});
        }

        const int self = session.selfScore;
        session.wentWell = pickLines(phrases[0], 1 + (self >= 4), rng);
        session.toImprove = pickLines(phrases[1], 1 + (self <= 2), rng);
        session.actionItems = pickLines(phrases[2], 1 + (self <= 3), rng);
        session.questionsAsked = pickLines(phrases[3], 1 + rng.bounded(3), rng);
        if (writer.insert(session, &error) == 0)
            return fail(
                u"interview_sessions (generated, %1)"_s.arg(session.date.toString(Qt::ISODate)),
                error);
    }
    if (!writer.finish(&error))
        return fail(u"interview_topics"_s, error);
    return true;
}
