//! Loading: seed files read into `SourceFile`s, front matter split from the body.
