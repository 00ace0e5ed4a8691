#include "jsonresumepreviewdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Change = JsonResumeImport::Change;

namespace {

QString sectionName(const QString &key)
{
    if (key == "basics"_L1)
        return JsonResumePreviewDialog::tr("Profile");
    if (key == "profiles"_L1)
        return JsonResumePreviewDialog::tr("Profile link");
    if (key == "work"_L1)
        return JsonResumePreviewDialog::tr("Work");
    if (key == "education"_L1)
        return JsonResumePreviewDialog::tr("Education");
    if (key == "skills"_L1)
        return JsonResumePreviewDialog::tr("Skill");
    if (key == "projects"_L1)
        return JsonResumePreviewDialog::tr("Project");
    if (key == "certificates"_L1)
        return JsonResumePreviewDialog::tr("Certification");
    if (key == "languages"_L1)
        return JsonResumePreviewDialog::tr("Language");
    return key;
}

QString changeName(Change change)
{
    switch (change) {
    case Change::Add:
        return JsonResumePreviewDialog::tr("Added");
    case Change::Update:
        return JsonResumePreviewDialog::tr("Updated");
    case Change::Same:
        break;
    }
    return JsonResumePreviewDialog::tr("Unchanged");
}

} // namespace

JsonResumePreviewDialog::JsonResumePreviewDialog(const QString &fileName,
                                                 const JsonResumeImport::Summary &summary,
                                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"jsonResumePreview"_s);
    setWindowTitle(tr("Import JSON Resume"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(
        tr("Importing %1 adds %2, updates %3 and leaves %4 unchanged. %5 entries of your "
           "workbench that the file does not mention are kept as they are.")
            .arg(fileName)
            .arg(summary.count(Change::Add))
            .arg(summary.count(Change::Update))
            .arg(summary.count(Change::Same))
            .arg(summary.kept),
        this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *list = new QTreeWidget(this);
    list->setObjectName(u"previewList"_s);
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Change"), tr("Kind"), tr("Entry")});
    list->setAccessibleName(tr("What the import changes"));
    // Added and updated first: that is what the user decides about.
    for (const Change change : {Change::Add, Change::Update, Change::Same}) {
        for (const JsonResumeImport::Item &item : summary.items) {
            if (item.change == change)
                new QTreeWidgetItem(list,
                                    {changeName(change), sectionName(item.section), item.name});
        }
    }
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(list, 1);

    if (!summary.notes.isEmpty()) {
        auto *notesLabel = new QLabel(tr("Not imported, or adjusted:"), this);
        layout->addWidget(notesLabel);
        auto *notes = new QPlainTextEdit(summary.notes.join(u'\n'), this);
        notes->setObjectName(u"previewNotes"_s);
        notes->setReadOnly(true);
        notes->setAccessibleName(notesLabel->text());
        notes->setMaximumHeight(120);
        layout->addWidget(notes);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 480);
}
