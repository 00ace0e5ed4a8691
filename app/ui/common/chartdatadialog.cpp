#include "chartdatadialog.h"

#include "charttable.h"
#include "dialogs.h"

#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

ChartDataDialog::ChartDataDialog(const QList<QChartView *> &charts, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"chartDataDialog"_s);
    setWindowTitle(tr("Chart Data"));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"chartDataTabs"_s);
    tabs->setAccessibleName(tr("Charts"));
    layout->addWidget(tabs);
    for (int i = 0; i < charts.size(); ++i) {
        auto *table = new ChartTable(charts[i]->chart(), QLocale(), this);
        // A chart whose title is shown beside it (a tab) names itself through its view.
        QString title = table->title();
        if (title.isEmpty())
            title = charts[i]->accessibleName();
        if (title.isEmpty())
            title = tr("Chart %1").arg(i + 1);
        auto *view = new QTableView(tabs);
        view->setObjectName(u"chartDataTable%1"_s.arg(i));
        view->setModel(table);
        view->setAccessibleName(title);
        view->setAccessibleDescription(tr("The numbers of the chart \"%1\"").arg(title));
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->resizeColumnsToContents();
        tabs->addTab(view, title);
        tabs->setTabToolTip(i, title);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 420);
}

QList<QChartView *> ChartDataDialog::visibleCharts(const QWidget *area)
{
    QList<QChartView *> shown;
    if (!area)
        return shown;
    for (QChartView *view : area->findChildren<QChartView *>()) {
        if (view->isVisible() && view->chart() && !view->chart()->series().isEmpty())
            shown << view;
    }
    std::stable_sort(shown.begin(), shown.end(), [](const QChartView *a, const QChartView *b) {
        const QPoint pa = a->mapToGlobal(QPoint());
        const QPoint pb = b->mapToGlobal(QPoint());
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });
    return shown;
}

ChartDataDialog *ChartDataDialog::showFor(const QWidget *area, QWidget *parent)
{
    const QList<QChartView *> charts = visibleCharts(area);
    if (charts.isEmpty()) {
        Dialogs::information(parent, tr("Chart Data"), tr("This page shows no chart."));
        return nullptr;
    }
    auto *dialog = new ChartDataDialog(charts, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}
