#pragma once

#include <QSortFilterProxyModel>

// Sorts skills within their group (groups keep roadmap order) and filters them by text,
// status, stage and "gaps only". A group shows while any of its skills does; with no filter
// set, empty groups show too.
class SkillsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SkillsFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatus(int status); // -1: any
    void setStageId(qint64 stageId); // 0: any
    void setGapsOnly(bool on);
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    int m_status = -1;
    qint64 m_stageId = 0;
    bool m_gapsOnly = false;
};
