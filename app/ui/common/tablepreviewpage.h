#pragma once

#include "db/overviewrepository.h"
#include "page.h"

#include <QList>

class PreviewTableModel;
class QLabel;
class QTableView;

// Shows the real rows of one or more tables, read-only, for the areas whose own page has
// not been built yet. Each section has a heading and a clear empty state.
class TablePreviewPage : public Page
{
    Q_OBJECT
public:
    struct Section
    {
        OverviewRepository::Listing listing;
        QString heading;
        QString emptyText;
    };

    TablePreviewPage(const WorkbenchContext &context, const QString &title, const QString &intro,
                     const QList<Section> &sections, QWidget *parent = nullptr);

    QString title() const override { return m_title; }
    void reload() override;

private:
    QString m_title;
    QList<Section> m_sections;
    QList<QTableView *> m_tables;
    QList<PreviewTableModel *> m_models;
    QList<QLabel *> m_emptyLabels;
};
