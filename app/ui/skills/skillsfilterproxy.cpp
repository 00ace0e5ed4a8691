#include "skillsfilterproxy.h"

#include "roadmapstore.h"
#include "skillsmodel.h"

SkillsFilterProxy::SkillsFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(SkillsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void SkillsFilterProxy::setText(const QString &text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

void SkillsFilterProxy::setStatus(int status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void SkillsFilterProxy::setStageId(qint64 stageId)
{
    if (stageId == m_stageId)
        return;
    m_stageId = stageId;
    invalidateFilter();
}

void SkillsFilterProxy::setGapsOnly(bool on)
{
    if (on == m_gapsOnly)
        return;
    m_gapsOnly = on;
    invalidateFilter();
}

bool SkillsFilterProxy::isFiltering() const
{
    return !m_text.isEmpty() || m_status >= 0 || m_stageId > 0 || m_gapsOnly;
}

bool SkillsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid())
        return !isFiltering(); // with a filter, a group shows through its matching skills
    auto *model = static_cast<SkillsModel *>(sourceModel());
    const qint64 id
        = model->index(sourceRow, 0, sourceParent).data(SkillsModel::SkillIdRole).toLongLong();
    const Skill *s = model->store()->skill(id);
    if (!s)
        return false;
    if (m_stageId > 0 && s->stageId != m_stageId)
        return false;
    if (m_status >= 0 && int(s->status) != m_status)
        return false;
    if (m_gapsOnly && (s->gap() == 0 || s->status == Skill::Status::Skipped))
        return false;
    if (!m_text.isEmpty() && !s->name.contains(m_text, Qt::CaseInsensitive)
        && !s->description.contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool SkillsFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Groups stay in roadmap order whichever way the skills are sorted.
    if (!left.parent().isValid() && !right.parent().isValid())
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row()
                                                 : left.row() > right.row();
    const QVariant l = left.data(sortRole()), r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    if (l.toLongLong() != r.toLongLong())
        return l.toLongLong() < r.toLongLong();
    // Ties keep roadmap order.
    return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
}
