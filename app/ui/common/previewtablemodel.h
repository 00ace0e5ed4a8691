#pragma once

#include "db/overviewrepository.h"

#include <QAbstractTableModel>

// A read-only table over rows read once from OverviewRepository. Cells are formatted when
// painted (QLocale dates, numbers, enum values in words), so 100,000 rows cost one query and
// no per-cell objects. Qt::UserRole gives the raw value, for sorting.
class PreviewTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit PreviewTableModel(QObject *parent = nullptr);

    void setRows(const OverviewRepository::Rows &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The words shown for a stored value (status, kind, ISO date ...).
    static QString displayValue(const QVariant &value);
    static QString columnTitle(const QString &key);

private:
    OverviewRepository::Rows m_rows;
};
