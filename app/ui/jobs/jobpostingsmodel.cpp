#include "jobpostingsmodel.h"

#include "domain/datetext.h"

#include <QLocale>

JobPostingsModel::JobPostingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void JobPostingsModel::setPostings(const QList<JobPostingEntry> &postings, const QList<int> &scores,
                                   const QHash<qint64, QString> &applications)
{
    beginResetModel();
    m_postings = postings;
    m_scores = scores;
    m_applications = applications;
    endResetModel();
}

void JobPostingsModel::setScores(const QList<int> &scores)
{
    if (scores.size() != m_postings.size() || scores == m_scores)
        return;
    m_scores = scores;
    if (!m_postings.isEmpty())
        emit dataChanged(index(0, Score), index(rowCount() - 1, Score));
}

int JobPostingsModel::shownScore(const JobPostingEntry &posting) const
{
    const int row = rowOf(posting.id);
    if (row < 0 || m_postings.at(row).content != posting.content
        || m_postings.at(row).format != posting.format)
        return -1;
    return m_scores.value(row, -1);
}

int JobPostingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_postings.size());
}

int JobPostingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobPostingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobPostingEntry &p = m_postings.at(index.row());
    const int score = m_scores.value(index.row(), -1);
    if (role == PostingIdRole)
        return p.id;
    if (role == ScoreRole)
        return score;
    if (role == Qt::TextAlignmentRole && index.column() == Score)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Title)
        return p.title; // the whole title, as plain text (a view elides it)
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return p.title;
    case Company:
        return p.company;
    case Score:
        return score < 0 ? QVariant() : QVariant(QLocale().toString(score));
    case Added:
        return DateText::shortDate(p.addedAt.date());
    case Application:
        return p.applicationId ? m_applications.value(p.applicationId) : QString();
    default:
        return {};
    }
}

QVariant JobPostingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Posting");
    case Company:
        return tr("Company");
    case Score:
        return tr("Match");
    case Added:
        return tr("Added");
    case Application:
        return tr("Application");
    default:
        return {};
    }
}

const JobPostingEntry *JobPostingsModel::postingAt(int row) const
{
    return row >= 0 && row < m_postings.size() ? &m_postings.at(row) : nullptr;
}

int JobPostingsModel::rowOf(qint64 postingId) const
{
    for (int i = 0; i < m_postings.size(); ++i)
        if (m_postings.at(i).id == postingId)
            return i;
    return -1;
}
