#include "interviewfilterproxy.h"

#include "interviewsessionsmodel.h"

#include <tuple>

InterviewFilterProxy::InterviewFilterProxy(InterviewSessionsModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void InterviewFilterProxy::setKind(int kind)
{
    m_kind = kind;
    invalidateFilter();
}

void InterviewFilterProxy::setFormat(const QString &key)
{
    m_format = key;
    invalidateFilter();
}

void InterviewFilterProxy::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void InterviewFilterProxy::setTopic(const QString &name)
{
    m_topic = name;
    invalidateFilter();
}

void InterviewFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool InterviewFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const InterviewSession &s = m_model->session(sourceRow);
    if (m_kind >= 0 && int(s.kind) != m_kind)
        return false;
    if (!m_format.isEmpty() && s.format != m_format)
        return false;
    if (m_from.isValid() && s.date < m_from)
        return false;
    if (m_to.isValid() && s.date > m_to)
        return false;
    if (!m_topic.isEmpty()
        && std::none_of(s.topics.cbegin(), s.topics.cend(),
                        [this](const InterviewTopicScore &t) { return t.name == m_topic; }))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString *field : {&s.company, &s.role, &s.ranByName, &s.questionsAsked, &s.wentWell,
                                 &s.toImprove, &s.actionItems}) {
        if (field->contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return std::any_of(s.topics.cbegin(), s.topics.cend(), [this](const InterviewTopicScore &t) {
        return t.name.contains(m_text, Qt::CaseInsensitive);
    });
}

bool InterviewFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const InterviewSession &a = m_model->session(left.row());
    const InterviewSession &b = m_model->session(right.row());
    const auto byDate = [&] {
        return std::make_tuple(a.date, a.time, a.id) < std::make_tuple(b.date, b.time, b.id);
    };
    const auto text = [&](const QString &x, const QString &y) {
        const int c = x.compare(y, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : byDate();
    };
    switch (left.column()) {
    case InterviewSessionsModel::Kind:
        return a.kind != b.kind ? a.kind < b.kind : byDate();
    case InterviewSessionsModel::Format:
        return text(m_model->formatName(a.format), m_model->formatName(b.format));
    case InterviewSessionsModel::Company:
        return text(a.company, b.company);
    case InterviewSessionsModel::Role:
        return text(a.role, b.role);
    case InterviewSessionsModel::Duration:
        return a.durationMinutes != b.durationMinutes ? a.durationMinutes < b.durationMinutes
                                                      : byDate();
    case InterviewSessionsModel::SelfScore:
        return a.selfScore != b.selfScore ? a.selfScore < b.selfScore : byDate();
    case InterviewSessionsModel::InterviewerScore:
        return a.interviewerScore != b.interviewerScore ? a.interviewerScore < b.interviewerScore
                                                        : byDate();
    case InterviewSessionsModel::Topics: {
        const QString ta = a.topics.isEmpty() ? QString() : a.topics.first().name;
        const QString tb = b.topics.isEmpty() ? QString() : b.topics.first().name;
        return text(ta, tb);
    }
    default:
        return byDate();
    }
}
