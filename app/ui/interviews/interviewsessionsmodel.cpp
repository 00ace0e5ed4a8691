#include "interviewsessionsmodel.h"

#include "db/interviewformatrepository.h"
#include "db/interviewsessionrepository.h"
#include "domain/datetext.h"
#include "domain/hourstext.h"
#include "interviewstore.h"

#include <QLocale>

namespace {

bool newerThan(const InterviewSession &a, const InterviewSession &b)
{
    const QString ka = a.occurredAt(), kb = b.occurredAt();
    return ka != kb ? ka > kb : a.id > b.id;
}

QString topicsText(const InterviewSession &s)
{
    QStringList parts;
    parts.reserve(s.topics.size());
    for (const InterviewTopicScore &t : s.topics)
        parts << (t.score > 0 ? QStringLiteral("%1 (%2)").arg(t.name).arg(t.score) : t.name);
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString InterviewSessionsModel::shortTimeFormat()
{
    // Hours and minutes in the locale's order and clock, without seconds.
    static const QString format = [] {
        QString f = QLocale().timeFormat(QLocale::ShortFormat);
        f.remove(QStringLiteral(":ss"));
        f.remove(QStringLiteral(".ss"));
        return f;
    }();
    return format;
}

InterviewSessionsModel::InterviewSessionsModel(InterviewStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &InterviewStore::sessionChanged, this, &InterviewSessionsModel::refreshSession);
    connect(store, &InterviewStore::formatsChanged, this, [this] {
        readFormats();
        if (!m_sessions.isEmpty())
            emit dataChanged(index(0, Format), index(rowCount() - 1, Format));
        emit formatsReloaded();
    });
}

int InterviewSessionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int InterviewSessionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InterviewSessionsModel::kindName(InterviewSession::Kind kind)
{
    return kind == InterviewSession::Kind::Real ? tr("Real") : tr("Mock");
}

QString InterviewSessionsModel::formatName(const QString &key) const
{
    return m_formatNames.value(key, key);
}

QVariant InterviewSessionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InterviewSession &s = m_sessions.at(index.row());
    if (role == IdRole)
        return s.id;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Duration:
        case SelfScore:
        case InterviewerScore:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Date:
        return s.time.isValid() ? tr("%1 %2").arg(DateText::shortDate(s.date, locale),
                                                  locale.toString(s.time, shortTimeFormat()))
                                : DateText::shortDate(s.date, locale);
    case Kind:
        if (s.kind == InterviewSession::Kind::Mock && !s.ranByName.isEmpty())
            return tr("Mock (%1)").arg(s.ranByName);
        return kindName(s.kind);
    case Format:
        return formatName(s.format);
    case Company:
        return s.company;
    case Role:
        return s.role;
    case Duration:
        return HoursText::minutes(s.durationMinutes, locale);
    case SelfScore:
        return locale.toString(s.selfScore);
    case InterviewerScore:
        return s.interviewerScore > 0 ? locale.toString(s.interviewerScore) : QString();
    case Topics:
        return topicsText(s);
    default:
        return {};
    }
}

QVariant InterviewSessionsModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Format:
        return tr("Format");
    case Company:
        return tr("Company");
    case Role:
        return tr("Role");
    case Duration:
        return tr("Duration");
    case SelfScore:
        return tr("Self");
    case InterviewerScore:
        return tr("Interviewer");
    case Topics:
        return tr("Topics");
    default:
        return {};
    }
}

void InterviewSessionsModel::readFormats()
{
    m_formatNames.clear();
    QString error;
    const auto formats = InterviewFormatRepository(m_store->connection()).all(&error);
    if (!formats)
        return;
    for (const InterviewFormat &f : *formats)
        m_formatNames.insert(f.key, InterviewFormat::displayName(f.key, f.name));
}

void InterviewSessionsModel::reload()
{
    beginResetModel();
    readFormats();
    QString error;
    auto all = InterviewSessionRepository(m_store->connection()).all(&error);
    m_sessions = all ? std::move(*all) : QList<InterviewSession>();
    m_rows.clear();
    m_rows.reserve(m_sessions.size());
    reindex(0);
    endResetModel();
}

void InterviewSessionsModel::reindex(int from)
{
    for (int row = from; row < m_sessions.size(); ++row)
        m_rows.insert(m_sessions.at(row).id, row);
}

void InterviewSessionsModel::refreshSession(qint64 id)
{
    QString error;
    const auto found = InterviewSessionRepository(m_store->connection()).find(id, &error);
    const int row = rowOf(id);
    if (row >= 0) {
        // Removed, or moved to another day: take it out, then put it back where it belongs.
        if (!found || found->occurredAt() != m_sessions.at(row).occurredAt()) {
            beginRemoveRows({}, row, row);
            m_sessions.removeAt(row);
            m_rows.remove(id);
            reindex(row);
            endRemoveRows();
        } else {
            m_sessions[row] = *found;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    if (!found)
        return;
    const auto at = std::lower_bound(m_sessions.cbegin(), m_sessions.cend(), *found, newerThan);
    const int newRow = int(at - m_sessions.cbegin());
    beginInsertRows({}, newRow, newRow);
    m_sessions.insert(newRow, *found);
    reindex(newRow);
    endInsertRows();
}
