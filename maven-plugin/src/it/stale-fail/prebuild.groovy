// Makes the project a git repository with a history, through JGit (on the script class path
// with the plugin's test class path: addTestClassPath), so no git program is needed:
// 1. the English pages and their translations; 2. a later source edit: a changed number in
// guide/install.md (meaning), a typo fix in guide/usage.md (cosmetic); index.md stays as it was.
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

def who = new PersonIdent('Docs Team', 'docs@example.org')
def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
try {
    git.add().addFilepattern('src').call()
    git.commit().setMessage('Pages and their translations').setAuthor(who).setCommitter(who).setSign(false).call()
    def edits = new File(basedir, 'edits')
    edits.eachFileRecurse(groovy.io.FileType.FILES) { edit ->
        def relative = edits.toPath().relativize(edit.toPath())
        def target = new File(basedir, 'src/docs/en').toPath().resolve(relative).toFile()
        target.setText(edit.getText('UTF-8'), 'UTF-8')
    }
    git.add().addFilepattern('src').call()
    git.commit().setMessage('Install: three metres; usage: typo').setAuthor(who).setCommitter(who).setSign(false).call()
} finally {
    git.close()
}
return true
