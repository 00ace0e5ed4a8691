#include "metricseditor.h"

#include "calc/impactline.h"
#include "common/fieldproblems.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString numberText(double v)
{
    return QLocale().toString(v, 'f', QLocale::FloatingPointShortest);
}

// A number typed in the user's locale (or with a '.' as a fallback); NaN when it is not one.
double parseNumber(const QString &text)
{
    const QString t = text.trimmed();
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    return ok ? v : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

MetricsEditor::MetricsEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_remove(new QPushButton(tr("&Remove Metric"), this))
    , m_preview(new QLabel(this))
    , m_problems(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("What you measured, where it started and where the project "
                                "took it. Leave the baseline empty when there was none."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(u"metricsTable"_s);
    m_table->setAccessibleName(tr("Metrics"));
    m_table->setHorizontalHeaderLabels({tr("Metric"), tr("Baseline"), tr("Achieved"), tr("Unit"),
                                        tr("Higher is better"), tr("Impact line")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Name, QHeaderView::Stretch);
    header->setSectionResizeMode(Impact, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *bar = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add &Metric"), this);
    add->setObjectName(u"addMetricButton"_s);
    m_remove->setObjectName(u"removeMetricButton"_s);
    bar->addWidget(add);
    bar->addWidget(m_remove);
    bar->addStretch(1);
    layout->addLayout(bar);
    QWidget::setTabOrder(add, m_remove); // as read (Remove, made first, came first)
    // The whole lines, as reports print them: the table's column cuts long ones short.
    m_preview->setObjectName(u"impactPreview"_s);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview);
    m_problems->setObjectName(u"metricsError"_s);
    FieldProblems::style(m_problems);
    m_problems->hide();
    layout->addWidget(m_problems);

    connect(add, &QPushButton::clicked, this, &MetricsEditor::addMetric);
    connect(m_remove, &QPushButton::clicked, this, &MetricsEditor::removeSelected);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading || item->column() == Impact)
            return;
        refreshImpact();
        emit changed();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    m_remove->setEnabled(false);
}

void MetricsEditor::setMetrics(const QList<ProjectMetric> &metrics)
{
    m_loading = true;
    m_table->setRowCount(0);
    for (const ProjectMetric &m : metrics)
        appendRow(m);
    m_loading = false;
    refreshImpact();
}

void MetricsEditor::appendRow(const ProjectMetric &m)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QTableWidgetItem(m.name);
    name->setData(Qt::UserRole, m.id);
    m_table->setItem(row, Name, name);
    m_table->setItem(row, Baseline,
                     new QTableWidgetItem(m.baseline ? numberText(*m.baseline) : QString()));
    m_table->setItem(row, Achieved, new QTableWidgetItem(numberText(m.achieved)));
    m_table->setItem(row, Unit, new QTableWidgetItem(m.unit));
    auto *higher = new QTableWidgetItem;
    higher->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    higher->setCheckState(m.higherIsBetter ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, HigherIsBetter, higher);
    auto *impact = new QTableWidgetItem;
    impact->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_table->setItem(row, Impact, impact);
    for (int c : {Baseline, Achieved})
        m_table->item(row, c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

ProjectMetric MetricsEditor::metricAt(int row) const
{
    ProjectMetric m;
    m.id = m_table->item(row, Name)->data(Qt::UserRole).toLongLong();
    m.name = m_table->item(row, Name)->text().trimmed();
    const QString baseline = m_table->item(row, Baseline)->text().trimmed();
    if (!baseline.isEmpty())
        m.baseline = parseNumber(baseline);
    m.achieved = parseNumber(m_table->item(row, Achieved)->text());
    m.unit = m_table->item(row, Unit)->text().trimmed();
    m.higherIsBetter = m_table->item(row, HigherIsBetter)->checkState() == Qt::Checked;
    return m;
}

QList<ProjectMetric> MetricsEditor::metrics() const
{
    QList<ProjectMetric> out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        out << metricAt(row);
    return out;
}

void MetricsEditor::refreshImpact()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const ProjectMetric m = metricAt(row);
        const bool valid = std::isfinite(m.achieved) && !m.name.isEmpty()
            && (!m.baseline || std::isfinite(*m.baseline));
        QTableWidgetItem *impact = m_table->item(row, Impact);
        impact->setText(valid ? ImpactLine::text(m) : QString());
        const std::optional<bool> better = valid ? ImpactLine::improved(m) : std::nullopt;
        const QString note = !better ? QString()
            : *better                ? tr("An improvement")
                                     : tr("Worse than the baseline");
        impact->setToolTip(note.isEmpty() ? impact->text() : impact->text() + u'\n' + note);
    }
    const QStringList lines = impactLines();
    m_preview->setText(lines.isEmpty() ? QString()
                                       : tr("Impact lines:") + u'\n' + lines.join(u'\n'));
    m_preview->setVisible(!lines.isEmpty());
    m_loading = wasLoading;
}

QStringList MetricsEditor::impactLines() const
{
    QStringList lines;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString line = m_table->item(row, Impact)->text();
        if (!line.isEmpty())
            lines << line;
    }
    return lines;
}

void MetricsEditor::setProblems(const QMap<QString, QString> &problems)
{
    // Marking cells changes their data: no itemChanged() round trip.
    const bool wasLoading = m_loading;
    m_loading = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int c : {Name, Baseline, Achieved}) {
            m_table->item(row, c)->setData(Qt::BackgroundRole, QVariant());
            m_table->item(row, c)->setToolTip(QString());
        }
    }
    QColor mark = palette().color(QPalette::Highlight);
    mark.setAlpha(60);
    static const QHash<QString, int> Columns
        = {{u"name"_s, Name}, {u"baseline"_s, Baseline}, {u"achieved"_s, Achieved}};
    QStringList lines;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        if (!it.key().startsWith("metrics."_L1))
            continue;
        const int row = it.key().section(u'.', 1, 1).toInt();
        lines << tr("Metric %1: %2").arg(QLocale().toString(row + 1), it.value());
        const int column = Columns.value(it.key().section(u'.', 2), -1);
        if (row < m_table->rowCount() && column >= 0) {
            m_table->item(row, column)->setBackground(mark);
            m_table->item(row, column)->setToolTip(it.value());
        }
    }
    m_loading = wasLoading;
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
}

void MetricsEditor::addMetric()
{
    m_loading = true;
    ProjectMetric blank;
    appendRow(blank);
    m_table->item(m_table->rowCount() - 1, Achieved)->setText(QString());
    m_loading = false;
    refreshImpact();
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, Name);
    m_table->editItem(m_table->item(row, Name));
    emit changed();
}

void MetricsEditor::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    refreshImpact();
    emit changed();
}
