#include "tablepreviewpage.h"

#include "changenotifier.h"
#include "db/database.h"
#include "previewtablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TablePreviewPage::TablePreviewPage(const WorkbenchContext &context, const QString &title,
                                   const QString &intro, const QList<Section> &sections,
                                   QWidget *parent)
    : Page(context, parent)
    , m_title(title)
    , m_sections(sections)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    for (int i = 0; i < m_sections.size(); ++i) {
        if (m_sections.size() > 1) {
            auto *h = new QLabel(m_sections[i].heading, this);
            QFont hf = h->font();
            hf.setBold(true);
            h->setFont(hf);
            layout->addWidget(h);
        }
        auto *model = new PreviewTableModel(this);
        auto *proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(model);
        proxy->setSortRole(Qt::UserRole);
        auto *table = new QTableView(this);
        table->setObjectName(u"previewTable%1"_s.arg(i));
        table->setAccessibleName(m_sections.size() > 1 ? m_sections[i].heading : title);
        table->setModel(proxy);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setAlternatingRowColors(true);
        // Addresses and names keep both ends readable when cut.
        table->setTextElideMode(Qt::ElideRight);
        table->setSortingEnabled(true);
        table->sortByColumn(-1, Qt::AscendingOrder);
        table->verticalHeader()->hide();
        // Fixed row heights: the view never measures 100,000 rows.
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
        table->horizontalHeader()->setStretchLastSection(true);
        auto *empty = new QLabel(m_sections[i].emptyText, this);
        empty->setObjectName(u"emptyLabel%1"_s.arg(i));
        empty->setWordWrap(true);
        empty->setAlignment(Qt::AlignCenter);
        empty->setEnabled(false);
        empty->hide();
        layout->addWidget(table, 1);
        layout->addWidget(empty, 1);
        m_tables << table;
        m_models << model;
        m_emptyLabels << empty;
    }
    if (m_context.notifier) {
        connect(m_context.notifier, &ChangeNotifier::changed, this, [this] {
            if (isLoaded())
                reload();
        });
    }
}

void TablePreviewPage::reload()
{
    OverviewRepository repo(m_context.database->connection());
    for (int i = 0; i < m_sections.size(); ++i) {
        QString error;
        const OverviewRepository::Rows rows = repo.listing(m_sections[i].listing, &error);
        m_models[i]->setRows(rows);
        QTableView *table = m_tables[i];
        // Size columns from the first rows only (resizeColumnsToContents reads every row).
        QHeaderView *header = table->horizontalHeader();
        header->setResizeContentsPrecision(50);
        table->resizeColumnsToContents();
        for (int c = 0; c < header->count() - 1; ++c)
            header->resizeSection(c, qMin(header->sectionSize(c), 360));
        const bool empty = rows.rows.isEmpty();
        table->setVisible(!empty);
        m_emptyLabels[i]->setText(error.isEmpty() ? m_sections[i].emptyText
                                                  : tr("This list cannot be read: %1").arg(error));
        m_emptyLabels[i]->setVisible(empty);
    }
}
