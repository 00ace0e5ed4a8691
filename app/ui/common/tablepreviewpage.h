#pragma once

#include "db/overviewrepository.h"
#include "page.h"

#include <QList>

class QLabel;
class QTableWidget;

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

    TablePreviewPage(const WorkbenchContext &context, const QString &title,
                     const QString &intro, const QList<Section> &sections,
                     QWidget *parent = nullptr);

    QString title() const override { return m_title; }
    void reload() override;

    // The column heading shown for a column key of OverviewRepository.
    static QString columnTitle(const QString &key);

private:
    QString m_title;
    QList<Section> m_sections;
    QList<QTableWidget *> m_tables;
    QList<QLabel *> m_emptyLabels;
};
