#include "interviewsessionvalidator.h"

#include <QCoreApplication>
#include <QSet>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("InterviewSessionValidator", text);
}
} // namespace

InterviewSessionValidator::InterviewSessionValidator(QStringList formatKeys)
    : m_formatKeys(std::move(formatKeys))
{ }

QString InterviewSessionValidator::topicNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("A topic has no name.");
    if (name != name.trimmed())
        return tr("A topic name starts or ends with a space.");
    if (name.size() > MaxTopicNameLength)
        return tr("A topic name is longer than %1 characters.").arg(MaxTopicNameLength);
    for (const QChar c : name) {
        if (c == QLatin1Char(';') || c == QLatin1Char(':') || c.category() == QChar::Other_Control)
            return tr("A topic name cannot contain a semicolon, a colon or a line break.");
    }
    return {};
}

QMap<InterviewSessionValidator::Field, QString>
InterviewSessionValidator::validate(const InterviewSession &s) const
{
    QMap<Field, QString> problems;
    if (!s.date.isValid())
        problems.insert(Field::Date, tr("Enter the date of the session."));
    if (!m_formatKeys.contains(s.format))
        problems.insert(Field::Format, tr("\"%1\" is not a known format.").arg(s.format));
    if (s.kind == InterviewSession::Kind::Real && s.ranBy != InterviewSession::RanBy::Unknown)
        problems.insert(Field::RanBy, tr("Only a mock interview has someone who ran it."));
    if (s.kind == InterviewSession::Kind::Real && s.company.trimmed().isEmpty())
        problems.insert(Field::Company, tr("A real interview needs the company."));
    if (s.durationMinutes < 0 || s.durationMinutes > MaxDurationMinutes)
        problems.insert(
            Field::Duration,
            tr("The duration must be between 0 and %1 minutes.").arg(MaxDurationMinutes));
    if (s.selfScore < 1 || s.selfScore > 5)
        problems.insert(Field::SelfScore, tr("The self score must be between 1 and 5."));
    if (s.interviewerScore != 0 && (s.interviewerScore < 1 || s.interviewerScore > 5))
        problems.insert(Field::InterviewerScore,
                        tr("The interviewer score must be between 1 and 5, or empty."));
    if (s.topics.size() > MaxTopics) {
        problems.insert(Field::Topics, tr("A session can have at most %1 topics.").arg(MaxTopics));
    } else {
        QSet<QString> seen;
        for (const InterviewTopicScore &t : s.topics) {
            QString problem = topicNameProblem(t.name);
            if (problem.isEmpty() && (t.score < 0 || t.score > 5))
                problem = tr("The score of \"%1\" must be between 1 and 5.").arg(t.name);
            if (problem.isEmpty() && seen.contains(t.name.toCaseFolded()))
                problem = tr("\"%1\" is listed twice.").arg(t.name);
            seen.insert(t.name.toCaseFolded());
            if (!problem.isEmpty()) {
                problems.insert(Field::Topics, problem);
                break;
            }
        }
    }
    for (const QString *text : {&s.company, &s.role}) {
        if (text->size() > 1000)
            problems.insert(text == &s.company ? Field::Company : Field::Role,
                            tr("This is longer than 1,000 characters."));
    }
    return problems;
}
