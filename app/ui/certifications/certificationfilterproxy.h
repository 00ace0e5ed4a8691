#pragma once

#include "calc/roicalculator.h"

#include <QSortFilterProxyModel>

class CertificationsModel;

// Filters certifications by text (name or issuer) and effective status, and sorts the ROI,
// payback and NPV columns by rank: descending order puts the best first for NPV and ROI
// ("free" above any ratio), ascending puts the soonest payback first. Rows without a figure
// ("no payback", or refused) stay last in either direction.
class CertificationFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CertificationFilterProxy(CertificationsModel *model, QObject *parent = nullptr);

    void setText(const QString &text);
    // -1 = every status, else a Certification::Status as int.
    void setStatus(int status);
    // The column and order that rank BY, best first (a view sorts by them to show it).
    static int rankColumn(RoiCalculator::RankBy by);
    static Qt::SortOrder rankOrder(RoiCalculator::RankBy by);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    CertificationsModel *m_model;
    QString m_text;
    int m_status = -1;
};
