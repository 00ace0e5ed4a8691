#include "tablepreviewpage.h"

#include "db/database.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
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
        auto *table = new QTableWidget(this);
        table->setObjectName(u"previewTable%1"_s.arg(i));
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setAlternatingRowColors(true);
        table->setSortingEnabled(true);
        table->verticalHeader()->hide();
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
        m_emptyLabels << empty;
    }
}

QString TablePreviewPage::columnTitle(const QString &key)
{
    static const QHash<QString, const char *> titles = {
        {u"skill"_s, QT_TR_NOOP("Skill")},
        {u"stage"_s, QT_TR_NOOP("Stage")},
        {u"category"_s, QT_TR_NOOP("Category")},
        {u"level"_s, QT_TR_NOOP("Level")},
        {u"target"_s, QT_TR_NOOP("Target")},
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"name"_s, QT_TR_NOOP("Name")},
        {u"issuer"_s, QT_TR_NOOP("Issuer")},
        {u"cost"_s, QT_TR_NOOP("Cost")},
        {u"hours"_s, QT_TR_NOOP("Planned hours")},
        {u"exam"_s, QT_TR_NOOP("Exam")},
        {u"expiry"_s, QT_TR_NOOP("Expires")},
        {u"pitch"_s, QT_TR_NOOP("Pitch")},
        {u"started"_s, QT_TR_NOOP("Started")},
        {u"finished"_s, QT_TR_NOOP("Finished")},
        {u"ended"_s, QT_TR_NOOP("Ended")},
        {u"metrics"_s, QT_TR_NOOP("Results")},
        {u"repository"_s, QT_TR_NOOP("Repository")},
        {u"date"_s, QT_TR_NOOP("Date")},
        {u"kind"_s, QT_TR_NOOP("Kind")},
        {u"format"_s, QT_TR_NOOP("Format")},
        {u"company"_s, QT_TR_NOOP("Company")},
        {u"role"_s, QT_TR_NOOP("Role")},
        {u"self"_s, QT_TR_NOOP("Self score")},
        {u"interviewer"_s, QT_TR_NOOP("Interviewer score")},
        {u"employer"_s, QT_TR_NOOP("Employer")},
        {u"position"_s, QT_TR_NOOP("Position")},
        {u"location"_s, QT_TR_NOOP("Location")},
        {u"institution"_s, QT_TR_NOOP("Institution")},
        {u"area"_s, QT_TR_NOOP("Area")},
        {u"degree"_s, QT_TR_NOOP("Degree")},
    };
    const char *t = titles.value(key);
    return t ? tr(t) : key;
}

// Stored enum values (status, kind ...) shown in the user's words.
static QString displayValue(const QVariant &v)
{
    static const QHash<QString, const char *> values = {
        {u"not_started"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Not started")},
        {u"learning"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Learning")},
        {u"proficient"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Proficient")},
        {u"skipped"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Skipped")},
        {u"considering"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Considering")},
        {u"planned"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Planned")},
        {u"studying"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Studying")},
        {u"earned"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Earned")},
        {u"expired"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Expired")},
        {u"abandoned"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Abandoned")},
        {u"idea"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Idea")},
        {u"in_progress"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "In progress")},
        {u"done"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Done")},
        {u"archived"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Archived")},
        {u"mock"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Mock")},
        {u"real"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Real")},
        {u"coding"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Coding")},
        {u"system_design"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "System design")},
        {u"ml_theory"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "ML theory")},
        {u"behavioural"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Behavioural")},
        {u"take_home"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Take-home")},
        {u"technical"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Technical")},
        {u"screening"_s, QT_TRANSLATE_NOOP("TablePreviewPage", "Screening")},
    };
    if (v.isNull())
        return {};
    const QString s = v.toString();
    if (const char *t = values.value(s))
        return TablePreviewPage::tr(t);
    if (s.size() == 10 && s[4] == u'-') {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (d.isValid())
            return QLocale().toString(d, QLocale::ShortFormat);
    }
    if (s.size() == 16 && s[10] == u'T') {
        const QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
        if (dt.isValid())
            return QLocale().toString(dt, QLocale::ShortFormat);
    }
    if (v.typeId() == QMetaType::Double)
        return QLocale().toString(v.toDouble(), 'f', 2);
    return s;
}

void TablePreviewPage::reload()
{
    OverviewRepository repo(m_context.database->connection());
    for (int i = 0; i < m_sections.size(); ++i) {
        QString error;
        const OverviewRepository::Rows rows = repo.listing(m_sections[i].listing, &error);
        QTableWidget *table = m_tables[i];
        table->setSortingEnabled(false);
        table->clear();
        table->setColumnCount(rows.columns.size());
        QStringList headers;
        for (const QString &c : rows.columns)
            headers << columnTitle(c);
        table->setHorizontalHeaderLabels(headers);
        table->setRowCount(rows.rows.size());
        for (int r = 0; r < rows.rows.size(); ++r) {
            for (int c = 0; c < rows.rows[r].size(); ++c) {
                auto *item = new QTableWidgetItem;
                const QVariant v = rows.rows[r][c];
                item->setData(Qt::DisplayRole, displayValue(v));
                if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                table->setItem(r, c, item);
            }
        }
        table->setSortingEnabled(true);
        table->resizeColumnsToContents();
        const bool empty = rows.rows.isEmpty();
        table->setVisible(!empty);
        m_emptyLabels[i]->setText(error.isEmpty() ? m_sections[i].emptyText
                                                  : tr("This list cannot be read: %1").arg(error));
        m_emptyLabels[i]->setVisible(empty);
    }
}
