#include "cataloguedialog.h"

#include "common/wrappingtreedelegate.h"

#include "calc/money.h"
#include "domain/certificationtext.h"
#include "domain/hourstext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int IndexRole = Qt::UserRole + 1;
enum Column {
    NameColumn,
    IssuerColumn,
    ExamColumn,
    MaterialsColumn,
    HoursColumn,
    RenewalColumn,
    ColumnCount
};
} // namespace

CatalogueDialog::CatalogueDialog(const CertificationCatalogue &catalogue,
                                 const QStringList &existingKeys, QWidget *parent)
    : QDialog(parent)
    , m_catalogue(catalogue)
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"catalogueDialog"_s);
    setWindowTitle(tr("Add from Catalogue"));
    const QLocale locale;
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Common AI, ML and cloud certifications to start from. Costs and study hours are "
           "<b>estimates written down on %1</b>: check the issuer's page, then change the "
           "values to your own. Your values are never overwritten by the catalogue.")
            .arg(locale.toString(catalogue.writtenOn, QLocale::LongFormat).toHtmlEscaped()),
        this);
    intro->setObjectName(u"catalogueIntro"_s);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list->setObjectName(u"catalogueList"_s);
    m_list->setAccessibleName(tr("Certification catalogue"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Certification"), tr("Issuer"), tr("Exam fee (est.)"),
                             tr("Materials (est.)"), tr("Study (est.)"), tr("Renewal (est.)")});
    for (int i = 0; i < catalogue.entries.size(); ++i) {
        const CertificationCatalogue::Entry &e = catalogue.entries.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        const bool present = existingKeys.contains(e.key);
        item->setText(NameColumn, present ? tr("%1 (already in your list)").arg(e.name) : e.name);
        item->setText(IssuerColumn, e.issuer);
        item->setText(ExamColumn, Money::format(e.examCost, e.currency, locale, 0));
        item->setText(MaterialsColumn, Money::format(e.materialsCost, e.currency, locale, 0));
        item->setText(HoursColumn, HoursText::abbreviated(e.studyHours, locale));
        item->setText(RenewalColumn,
                      e.renewalPeriodMonths > 0
                          ? tr("%1 every %2")
                                .arg(Money::format(e.renewalCost, e.currency, locale, 0),
                                     CertificationText::months(e.renewalPeriodMonths, locale))
                          : tr("none"));
        for (int c : {ExamColumn, MaterialsColumn, HoursColumn, RenewalColumn})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(NameColumn, e.notes);
        item->setData(NameColumn, IndexRole, i);
        if (present) {
            item->setFlags(Qt::ItemIsSelectable);
            item->setDisabled(true);
        } else {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(NameColumn, Qt::Unchecked);
        }
    }
    // A long name goes on to a second line rather than ending in "..." beside an issuer
    // with room to spare (Spanish at 1024x640, issue #9): rows take the height of their
    // names, again whenever the name column changes width.
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setItemDelegate(new WrappingTreeDelegate(m_list));
    connect(m_list->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == NameColumn)
            m_list->doItemsLayout();
    });
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    for (int c = IssuerColumn; c < ColumnCount; ++c)
        m_list->resizeColumnToContents(c);
    layout->addWidget(m_list, 1);

    if (!catalogue.note.isEmpty()) {
        auto *note = new QLabel(catalogue.note, this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("Add Selected"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(u"addSelectedButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_list, &QTreeWidget::itemChanged, this, &CatalogueDialog::updateButton);
    // A double click ticks or unticks an entry.
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [](QTreeWidgetItem *item) {
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(NameColumn,
                                item->checkState(NameColumn) == Qt::Checked ? Qt::Unchecked
                                                                            : Qt::Checked);
    });
    updateButton();
    // Room for every column, but never more than the screen has: on a 1024 px screen the
    // renewal column and the buttons lay beyond its edge. The names give up the room first.
    const QSize room = screen()->availableGeometry().size() - QSize(32, 64);
    resize(QSize(1040, 540).boundedTo(room));
}

QList<CertificationCatalogue::Entry> CatalogueDialog::selectedEntries() const
{
    QList<CertificationCatalogue::Entry> out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if ((item->flags() & Qt::ItemIsUserCheckable)
            && item->checkState(NameColumn) == Qt::Checked)
            out.append(m_catalogue.entries.at(item->data(NameColumn, IndexRole).toInt()));
    }
    return out;
}

void CatalogueDialog::updateButton()
{
    const qsizetype n = selectedEntries().size();
    m_add->setEnabled(n > 0);
    m_add->setText(n > 1 ? tr("Add %n Certifications", nullptr, int(n)) : tr("Add Selected"));
}
